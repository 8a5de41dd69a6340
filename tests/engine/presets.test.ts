import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../engine/scenario/parse-scenario-text.ts';
import { validateScenario } from '../../engine/scenario/validate-scenario.ts';
import { formatIssue } from '../../engine/scenario/validation-issue.ts';
import { ENGINE_VERSION } from '../../engine/version.ts';

const folder = join(import.meta.dirname, '../../scenarios');

describe('presets in scenarios/', () => {
  const files = readdirSync(folder).filter((file) => file.endsWith('.yaml'));

  it('include the teaching and system-control-total presets', () => {
    expect(files).toEqual(expect.arrayContaining(['teaching.yaml', 'system-control-total.yaml']));
  });

  it.each(files)('%s is a valid scenario', (file) => {
    const text = parseScenarioText(readFileSync(join(folder, file), 'utf8'));
    expect(text.ok).toBe(true);
    if (!text.ok) return;
    const validation = validateScenario(text.document);
    expect(validation.ok ? [] : validation.issues.map(formatIssue)).toEqual([]);
  });
});

describe('engine version', () => {
  it('matches package.json, so results name the release that made them', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(ENGINE_VERSION).toBe(pkg.version);
  });
});
