import { describe, expect, it } from 'vitest';
import { checkLever, DecisionError, pathSegments, withLever } from '../../../engine/decisions/index.ts';
import { oneTrustScenario } from '../fixtures.ts';

describe('pathSegments', () => {
  it('splits a field path as the validator writes it', () => {
    expect(pathSegments('systems[0].organisations[12].cip.plan')).toEqual(['systems', 0, 'organisations', 12, 'cip', 'plan']);
    expect(pathSegments('parameters.tariffUplift')).toEqual(['parameters', 'tariffUplift']);
    // Incentive fund amounts and risk-share weights are keyed by organisation id, which may hold '-'.
    expect(pathSegments('systems[0].incentiveFunds[0].amounts.southbay-hospitals')).toEqual(['systems', 0, 'incentiveFunds', 0, 'amounts', 'southbay-hospitals']);
  });

  it.each(['', '.a', 'a.', 'a..b', '[0]', 'a[x]', 'a b'])('refuses "%s", naming the field', (path) => {
    expect(() => pathSegments(path)).toThrow(/^lever\.path: /);
  });
});

describe('checkLever and withLever', () => {
  const document = oneTrustScenario();

  it('moves a plain number at a path, leaving the document as it was', () => {
    const path = 'systems[0].organisations[1].cip.plan';
    checkLever(document, { lever: { kind: 'path', path }, low: 0, high: 0.1 });
    const moved = withLever(document, { kind: 'path', path }, 0.07) as ReturnType<typeof oneTrustScenario>;
    expect(moved.systems[0].organisations[1].cip?.plan).toBe(0.07);
    expect(document.systems[0].organisations[1].cip?.plan).toBe(0.05);
  });

  it('adds extra funding to an organisation as an intervention', () => {
    const moved = withLever(document, { kind: 'extraFunding', organisation: 'trust' }, 12) as { interventions: unknown[] };
    expect(moved.interventions).toEqual([{ kind: 'extraFunding', name: 'Contingency (lever)', organisation: 'trust', amount: 12 }]);
    // A second funding lever (a sweep over two organisations' funding) gets a name of its own: names are unique in a scenario.
    const twice = withLever(moved, { kind: 'extraFunding', organisation: 'icb' }, 5) as { interventions: unknown[] };
    expect(twice.interventions).toEqual([
      { kind: 'extraFunding', name: 'Contingency (lever)', organisation: 'trust', amount: 12 },
      { kind: 'extraFunding', name: 'Contingency (lever 2)', organisation: 'icb', amount: 5 },
    ]);
    expect('interventions' in document).toBe(false);
  });

  it('names what does not fit', () => {
    expect(() => checkLever(document, { lever: { kind: 'path', path: 'systems[0].organisations[9].cip.plan' }, low: 0, high: 1 })).toThrow(
      new DecisionError('lever.path', '"systems[0].organisations[9].cip.plan" is not in the scenario'),
    );
    expect(() => checkLever(document, { lever: { kind: 'path', path: 'systems[0].organisations[1].cip' }, low: 0, high: 1 })).toThrow(/^lever\.path: .* must hold a plain number/);
    expect(() => checkLever(document, { lever: { kind: 'path', path: 'systems[0].organisations[1].constructor' }, low: 0, high: 1 })).toThrow(/^lever\.path: .* is not in the scenario/);
    expect(() => checkLever(document, { lever: { kind: 'extraFunding', organisation: 'nobody' }, low: 0, high: 1 })).toThrow(
      new DecisionError('lever.organisation', 'no organisation "nobody" in the scenario'),
    );
    expect(() => checkLever(document, { lever: { kind: 'extraFunding', organisation: 'trust' }, low: 5, high: 5 })).toThrow(/^lever\.high: must be above the low bound/);
  });
});
