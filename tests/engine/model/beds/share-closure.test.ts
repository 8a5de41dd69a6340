import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shareClosure, systemBedTrusts } from '../../../../engine/model/beds/share-closure.ts';
import { runScenario } from '../../../../engine/run-scenario.ts';
import { parseScenarioText } from '../../../../engine/scenario/parse-scenario-text.ts';
import { validateScenario } from '../../../../engine/scenario/validate-scenario.ts';

const NW_LONDON = [
  { id: 'lnwuh', coreBeds: 1059 },
  { id: 'imperial', coreBeds: 1033 },
  { id: 'chelwest', coreBeds: 766 },
  { id: 'hillingdon', coreBeds: 315 },
];

function bedCuts(): Record<string, unknown> & { interventions: Array<Record<string, unknown>> } {
  const text = parseScenarioText(readFileSync(join(import.meta.dirname, '../../../../scenarios/bed-cuts.yaml'), 'utf8'));
  if (!text.ok) throw new Error('bed-cuts.yaml does not parse');
  const document = structuredClone(text.document) as unknown as Record<string, unknown> & { interventions: Array<Record<string, unknown>> };
  delete document.alternatives;
  return document;
}

describe('a closure shared across a system', () => {
  it('shares 500 beds by core beds over 1,059, 1,033, 766 and 315 as 167, 163, 121 and 49 (exact 166.88, 162.78, 120.71, 49.64; the three left over go to the largest remainders)', () => {
    expect(shareClosure(500, NW_LONDON, 'coreBeds')).toEqual([167, 163, 121, 49]);
  });

  it('shares 500 beds equally as 125 at each of four trusts, and 7 over three as 3, 2, 2 (ties to the trust listed first)', () => {
    expect(shareClosure(500, NW_LONDON, 'equal')).toEqual([125, 125, 125, 125]);
    expect(shareClosure(7, NW_LONDON.slice(0, 3), 'equal')).toEqual([3, 2, 2]);
  });

  it('always closes exactly the beds asked for, in whole beds', () => {
    for (const beds of [1, 2, 3, 99, 500, 1001, 3173]) {
      for (const rule of ['coreBeds', 'equal'] as const) {
        const shares = shareClosure(beds, NW_LONDON, rule);
        expect(shares.reduce((total, value) => total + value, 0)).toBe(beds);
        for (const share of shares) expect(Number.isInteger(share) && share >= 0).toBe(true);
      }
    }
  });

  it("reads a system's acute trusts with beds in the scenario's order, and none for an unknown system", () => {
    const document = bedCuts();
    expect(systemBedTrusts(document, 'nw-london')).toEqual(NW_LONDON);
    expect(systemBedTrusts(document, 'nowhere')).toEqual([]);
    expect(systemBedTrusts({ systems: 'not a list' }, 'nw-london')).toEqual([]);
  });

  it('runs exactly as the four closures it stands for: 500 beds by core beds from October equal 167, 163, 121 and 49 at each trust', () => {
    const perTrust = bedCuts();
    const shares = [167, 163, 121, 49];
    perTrust.interventions = perTrust.interventions.map((intervention) => {
      if (intervention.kind !== 'closeBeds') return intervention;
      const position = NW_LONDON.findIndex((trust) => trust.id === intervention.organisation);
      return { ...intervention, beds: shares[position], savingRealisation: 0.6 };
    });
    const shared = bedCuts();
    shared.interventions = [
      ...shared.interventions.filter((intervention) => intervention.kind !== 'closeBeds'),
      { kind: 'closeBedsAcrossSystem', name: 'Close 500 beds', system: 'nw-london', beds: 500, from: '2025-10', savingRealisation: 0.6 },
    ];
    const a = runScenario(perTrust as never, { trials: 12, seed: 3 }).results;
    const b = runScenario(shared as never, { trials: 12, seed: 3 }).results;
    expect(b.beds).toEqual(a.beds);
    expect(b.table).toEqual(a.table);
    expect(b.systemBeds![0].coreBedsAtYearEnd).toBe(3173 - 500);
    // LNWUH books 167 beds × 182 days × £345 × 0.6 as its closure saving.
    const lnwuh = b.centralStatements.find((statement) => statement.entityId === 'lnwuh')!;
    expect(lnwuh.lines.bedClosureSavings).toBeCloseTo(-(167 * 182 * 345 * 0.6) / 1e6, 6);
  });

  it('is refused at the field when its system is unknown, its sharing rule unknown, or a trust would lose more beds than it has', () => {
    const messages = (intervention: Record<string, unknown>) => {
      const document = bedCuts();
      document.interventions = [...document.interventions.filter((item) => item.kind !== 'closeBeds'), { kind: 'closeBedsAcrossSystem', ...intervention }];
      const result = validateScenario(document);
      return result.ok ? [] : result.issues.filter((issue) => issue.path.startsWith(`interventions[${document.interventions.length - 1}]`)).map((issue) => `${issue.path}: ${issue.message}`);
    };
    const at = 'interventions[1]';
    expect(messages({ system: 'nowhere', beds: 10 })).toEqual([`${at}.system: unknown system 'nowhere'`]);
    // Equally, 1,300 beds is 325 at each trust: more than Hillingdon's 315.
    expect(messages({ system: 'nw-london', beds: 1300, sharedBy: 'equal' })).toEqual([
      `${at}.beds: shared equally, closes 325 beds at 'hillingdon', more than it has (315, after the closures and openings listed before this)`,
    ]);
    expect(messages({ system: 'nw-london', beds: 1300 })).toEqual([]);
    expect(messages({ system: 'nw-london', beds: 10, sharedBy: 'by size' })[0]).toMatch(/^interventions\[1\]\.sharedBy: /);
  });
});
