import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // No 5 s default: speed is the benchmarks' business, and a loaded machine must not fail a correct test.
      { test: { name: 'engine', include: ['tests/engine/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000 } },
      // Golden snapshots of every preset's results and exports at a fixed seed.
      { test: { name: 'snapshots', include: ['tests/snapshots/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000 } },
      // The lint rules that carry house rules (the engine's purity).
      { test: { name: 'lint', include: ['tests/lint/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 } },
      { test: { name: 'api', include: ['tests/api/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 } },
      // The UI's plain logic (formatting, result shaping, paths, readings): no browser needed.
      { test: { name: 'ui', include: ['tests/ui/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // Builds ui/dist when stale and starts the real server on a free port with a temporary DATA_DIR.
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
