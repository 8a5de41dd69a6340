import { describe, expect, it } from 'vitest';
import { leverTakesWholeNumbers } from '../../../engine/index.ts';
import { bedScenario } from '../model/beds/beds-scenario.ts';

describe('leverTakesWholeNumbers', () => {
  const document = bedScenario({ interventions: [{ kind: 'closeBeds', name: 'Close a ward', organisation: 'trust', beds: 20, from: '2025-10' }] });

  it('reads counts from the scenario schema along the path: core beds and the beds an intervention closes are whole numbers', () => {
    expect(leverTakesWholeNumbers(document, { kind: 'path', path: 'systems[0].organisations[1].beds.coreBeds' })).toBe(true);
    expect(leverTakesWholeNumbers(document, { kind: 'path', path: 'interventions[0].beds' })).toBe(true);
  });

  it('money, costs and chances are not: a cost per bed day, a control total, a contract baseline and extra funding move continuously', () => {
    expect(leverTakesWholeNumbers(document, { kind: 'path', path: 'systems[0].organisations[1].beds.costPerBedDayPounds' })).toBe(false);
    expect(leverTakesWholeNumbers(document, { kind: 'path', path: 'systems[0].organisations[1].controlTotal' })).toBe(false);
    expect(leverTakesWholeNumbers(document, { kind: 'path', path: 'systems[0].organisations[1].income.contract.baseline' })).toBe(false);
    expect(leverTakesWholeNumbers(document, { kind: 'extraFunding', organisation: 'icb' })).toBe(false);
  });
});
