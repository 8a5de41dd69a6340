// ESLint for every TypeScript file (svelte-check covers the .svelte
// components). The engine's purity rule lives here: engine/ may not import
// Node's modules, api/ or ui/, nor reach for process, Math.random or the clock,
// so the same code runs in worker threads and in a browser Web Worker and a
// seed always gives the same numbers.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'stream',
  'timers',
  'url',
  'util',
  'worker_threads',
  'zlib',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'ui/dist/', 'dist/', 'data/', 'tests/e2e/screenshots/', '**/*.svelte'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    files: ['engine/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.map((name) => ({ name, message: 'engine/ is pure: no Node modules (it also runs in a browser Web Worker).' })),
          patterns: [
            { group: ['node:*'], message: 'engine/ is pure: no Node modules (it also runs in a browser Web Worker).' },
            { group: ['**/api/**', '**/ui/**'], message: 'engine/ imports nothing from api/ or ui/.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'engine/ is pure: no process (settings come in as arguments).' },
        { name: 'Buffer', message: 'engine/ is pure: use typed arrays.' },
        { name: 'require', message: 'engine/ is pure: ES imports only.' },
        { name: 'setTimeout', message: 'engine/ is pure: no timers.' },
        { name: 'setInterval', message: 'engine/ is pure: no timers.' },
        { name: 'performance', message: 'engine/ is pure: no clock.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: "engine/ is seeded: draw from the trial's stream (engine/random), never Math.random." },
        { object: 'Date', property: 'now', message: 'engine/ is pure: no clock.' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'engine/ is pure: no clock (new Date()).' }],
    },
  },
  {
    // Published coefficients (Lanczos, Acklam, Cody) are written as their sources print them, digits beyond a double included.
    files: ['engine/special/**/*.ts'],
    rules: { 'no-loss-of-precision': 'off' },
  },
  {
    // Tests hand the engine deliberately malformed documents.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
