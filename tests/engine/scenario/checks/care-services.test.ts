import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../../engine/scenario/validate-scenario.ts';
import { careScenario, CONTINUING_HEALTHCARE } from '../../model/care/care-fixtures.ts';

function issues(document: unknown): Array<{ path: string; message: string }> {
  const result = validateScenario(document);
  return result.ok ? [] : result.issues.map(({ path, message }) => ({ path, message }));
}

const at = 'systems[0].careServices[0]';

describe('care services are checked before they run', () => {
  it('accepts the continuing healthcare fixture', () => {
    expect(issues(careScenario({ services: [CONTINUING_HEALTHCARE] }))).toEqual([]);
  });

  it('refuses an NHS-funded service with no ICB to pay for it', () => {
    const { nhsFunder: _dropped, ...service } = CONTINUING_HEALTHCARE;
    expect(issues(careScenario({ services: [service] }))).toEqual([{ path: `${at}.nhsFunder`, message: 'is required for an NHS-funded service: the ICB that pays' }]);
  });

  it('refuses a payer of the wrong kind or from nowhere', () => {
    expect(issues(careScenario({ services: [{ ...CONTINUING_HEALTHCARE, nhsFunder: 'trust', council: 'elsewhere' }] }))).toEqual([
      { path: `${at}.nhsFunder`, message: "'trust' is not an ICB" },
      { path: `${at}.council`, message: "'elsewhere' is not an organisation of this system" },
    ]);
  });

  it('refuses means-test shares that add up to more than all users, and a contribution above the weekly cost', () => {
    const charging = { selfFunderShare: 0.6, contributorShare: 0.5, averageContribution: 400 };
    expect(issues(careScenario({ services: [{ ...CONTINUING_HEALTHCARE, charging }] }))).toEqual([
      { path: `${at}.charging.contributorShare`, message: 'the shares who pay in full and who contribute add up to 1.1, more than all users (1)' },
      { path: `${at}.charging.averageContribution`, message: 'a contribution of £400 a week is more than the weekly cost (£300)' },
    ]);
  });

  it('refuses a share outside 0–1 and negative users, naming the field', () => {
    const charging = { selfFunderShare: 1.4, contributorShare: 0, averageContribution: 0 };
    expect(issues(careScenario({ services: [{ ...CONTINUING_HEALTHCARE, users: -5, charging }] }))).toEqual([
      { path: `${at}.users`, message: 'users must be >= 0, got -5' },
      { path: `${at}.charging.selfFunderShare`, message: 'selfFunderShare must be >= 0 and <= 1, got 1.4' },
    ]);
  });

  it('refuses a second service with the same id', () => {
    expect(issues(careScenario({ services: [CONTINUING_HEALTHCARE, CONTINUING_HEALTHCARE] }))).toEqual([
      { path: 'systems[0].careServices[1].id', message: "care service id 'chc' is used twice (boundary shifts name services by id)" },
    ]);
  });
});

describe('boundary shifts are checked before they run', () => {
  it('refuses a shift of a service that does not exist', () => {
    const document = careScenario({ services: [CONTINUING_HEALTHCARE], interventions: [{ kind: 'boundaryShift', service: 'nursing', to: 'council', share: 1 }] });
    expect(issues(document)).toEqual([{ path: 'interventions[0].service', message: "no care service has id 'nursing'" }]);
  });

  it('refuses a shift to a council the service does not name', () => {
    const { council: _dropped, ...service } = CONTINUING_HEALTHCARE;
    const document = careScenario({ services: [service], interventions: [{ kind: 'boundaryShift', service: 'chc', to: 'council', share: 1 }] });
    expect(issues(document)).toEqual([{ path: 'interventions[0].to', message: "care service 'chc' names no council to fund it: give it a council" }]);
  });

  it('refuses a share that can leave 0–1', () => {
    const document = careScenario({ services: [CONTINUING_HEALTHCARE], interventions: [{ kind: 'boundaryShift', service: 'chc', to: 'council', share: { dist: 'normal', mean: 0.5, sd: 0.1 } }] });
    expect(issues(document)[0].path).toBe('interventions[0].share');
  });
});
