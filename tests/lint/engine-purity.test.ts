// The engine's purity rule is enforced by ESLint (eslint.config.js), not by
// convention: these lint a few lines as if they were an engine file and
// expect each forbidden use to be named.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('engine purity (eslint.config.js)', () => {
  it('refuses Node modules, api/ and ui/ imports, process, Math.random and the clock in engine/', async () => {
    const found = await problems(
      [
        "import { readFileSync } from 'node:fs';",
        "import { join } from 'path';",
        "import { loadConfig } from '../../api/config.ts';",
        'export const mixed = Math.random() + Date.now() + new Date().getTime() + (process.env.X ? 1 : 0) + readFileSync.length + join.length + loadConfig.length;',
        '',
      ].join('\n'),
      'engine/model/forbidden.ts',
    );
    expect(found).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*node:fs/),
      expect.stringMatching(/^no-restricted-imports: .*'path'/),
      expect.stringMatching(/^no-restricted-imports: .*api/),
      expect.stringMatching(/^no-restricted-properties: 'Math.random'/),
      expect.stringMatching(/^no-restricted-properties: 'Date.now'/),
      expect.stringMatching(/^no-restricted-syntax: .*new Date/),
      expect.stringMatching(/^no-restricted-globals: .*'process'/),
    ]);
  });

  it('allows the same code outside engine/', async () => {
    const found = await problems("import { readFileSync } from 'node:fs';\nexport const now = Date.now() + readFileSync.length;\n", 'api/forbidden-only-in-engine.ts');
    expect(found).toEqual([]);
  });
});
