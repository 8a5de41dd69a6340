import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../engine/scenario/validate-scenario.ts';
import { formatIssue } from '../../../engine/scenario/validation-issue.ts';
import { oneTrustScenario, uncertainScenario } from '../fixtures.ts';

function messages(document: unknown): string[] {
  const result = validateScenario(document);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('validateScenario', () => {
  it('accepts the test fixtures', () => {
    expect(messages(oneTrustScenario())).toEqual([]);
    expect(messages(uncertainScenario())).toEqual([]);
  });

  it('rejects a document that is not an object, or of another schema version', () => {
    expect(messages([1, 2])).toEqual(['a scenario must be an object (a YAML mapping or a JSON object)']);
    expect(messages({ ...oneTrustScenario(), schemaVersion: 2 })).toEqual(['schemaVersion: this engine reads schemaVersion 1; the document has 2']);
  });

  it('names the path and the rule of a bad distribution parameter', () => {
    const document = uncertainScenario();
    (document.systems[0].organisations[2] as { cip: unknown }).cip = { plan: 0.04, delivery: { dist: 'beta', alpha: 0, beta: 2 } };
    expect(messages(document)).toEqual(['systems[0].organisations[2].cip.delivery: beta needs alpha > 0']);
  });

  it('reports every problem at once, structural and semantic together', () => {
    const document = uncertainScenario() as Record<string, any>;
    document.horizon.firstYear = 1990;
    document.systems[0].organisations[1].kind = 'hospital';
    document.systems[0].organisations[1].colour = 'blue';
    document.systems[0].organisations[2].income.contract.commissioner = 'nobody';
    document.systems[0].organisations[3].costs.pay.growth = 'payAward + wages';
    document.systems[0].organisations[0].controlTotal = [1, 2, 3];
    document.parameters.loopA = 'loopB + 1';
    document.parameters.loopB = 'loopA * 2';
    expect(messages(document)).toEqual([
      'horizon.firstYear: must be >= 2000',
      'systems[0].organisations[1].colour: is not a known field',
      'systems[0].organisations[1].kind: must be one of icb, acute, mentalHealth, community, ambulance, localAuthority, independentSector (got "hospital")',
      "systems[0].organisations[3].costs.pay.growth: unknown name 'wages' (formulas may use drivers, named parameters, year and financialYear)",
      'parameters.loopA: formulas refer to one another in a circle: loopA → loopB → loopA',
      'systems[0].organisations[0].controlTotal: must have one value per modelled year: 2 expected, 3 given',
      "systems[0].organisations[2].income.contract.commissioner: unknown organisation 'nobody'",
    ]);
  });

  it('explains a missing field and a wrong type', () => {
    const document = oneTrustScenario() as Record<string, any>;
    delete document.systems[0].organisations[1].controlTotal;
    document.systems[0].allocation.baseline = true;
    expect(messages(document)).toEqual(['systems[0].allocation.baseline: must be a number, a formula (text) or a distribution {dist: ...}', 'systems[0].organisations[1].controlTotal: is required']);
  });

  it('checks a risk-share rule against its own fields', () => {
    expect(messages(uncertainScenario({ rule: 'sharedPain' }))).toEqual([
      'systems[0].riskShare.rule: must be one of none, proRata, collarAndCap, contingencyReserve, surplusCoversDeficit (got "sharedPain")',
    ]);
    expect(messages(uncertainScenario({ rule: 'collarAndCap', collar: 5 }))).toEqual(['systems[0].riskShare.cap: is required']);
    expect(messages(uncertainScenario({ rule: 'proRata', weights: { a: 1, zz: 2 } }))).toEqual(["systems[0].riskShare.weights.zz: 'zz' is not an organisation of this system"]);
  });

  it('rejects a correlation matrix that is not positive semi-definite', () => {
    const document = uncertainScenario() as Record<string, any>;
    document.correlation = {
      drivers: ['payAward', 'inflation', 'demand'],
      matrix: [
        [1, 0.9, 0.9],
        [0.9, 1, -0.9],
        [0.9, -0.9, 1],
      ],
    };
    const [message] = messages(document);
    expect(message).toMatch(/^correlation\.matrix: correlation matrix is not positive semi-definite \(smallest eigenvalue -0\.\d+\)/);
  });

  it('rejects a commissioner that is not an ICB, and a blended contract without its fixed share', () => {
    const document = uncertainScenario() as Record<string, any>;
    document.systems[0].organisations[1].income.contract.commissioner = 'b';
    document.systems[0].organisations[2].income.contract.paymentModel = 'blended';
    expect(messages(document)).toEqual([
      "systems[0].organisations[1].income.contract.commissioner: 'b' is not an ICB, so it cannot commission a contract",
      'systems[0].organisations[2].income.contract.fixedShare: is required for a blended payment model',
    ]);
  });

  it('rejects a driver written as a formula and a reserved name', () => {
    const document = uncertainScenario() as Record<string, any>;
    document.drivers.growth = 'payAward * 2';
    document.parameters.year = 3;
    expect(messages(document)).toEqual([
      "parameters.year: 'year' is reserved (a built-in name or function)",
      'drivers.growth: a driver must be a number or a distribution; put formulas under parameters',
    ]);
  });

  it('rejects ids used twice', () => {
    const document = uncertainScenario() as Record<string, any>;
    document.systems[0].organisations[2].id = 'a';
    expect(messages(document)).toContain("systems[0].organisations[2].id: id 'a' is used twice (ids must be unique across the scenario)");
  });
});

describe('validateScenario: sizes', () => {
  it('refuses a number too large to be money in £ million, and absurd admissions', () => {
    const document = uncertainScenario() as Record<string, any>;
    document.systems[0].allocation.baseline = 1e308;
    expect(messages(document)).toEqual(['systems[0].allocation.baseline: must be between -1e9 and 1e9 (money is in £ million), got 1e+308']);
  });
});
