import { describe, expect, test } from 'vitest';
import { LARGEST_SEED, refusalText, refusedSetting, seedProblem, trialsProblem } from '../../ui/src/run/run-settings.ts';

describe('the trials and seed of a run, checked before they are sent', () => {
  test("trials are a whole number, 1 or more; an empty box takes the scenario's own", () => {
    expect(trialsProblem(1)).toBe('');
    expect(trialsProblem(100_000)).toBe('');
    expect(trialsProblem(undefined)).toBe('');
    expect(trialsProblem(0)).toBe('Trials must be a whole number, 1 or more, not 0');
    expect(trialsProblem(-5)).toBe('Trials must be a whole number, 1 or more, not −5');
    expect(trialsProblem(2.5)).toBe('Trials must be a whole number, 1 or more, not 2.5');
  });

  test('the seed is a whole number from 0 to 4,294,967,295, as the server takes it', () => {
    expect(LARGEST_SEED).toBe(2 ** 32 - 1);
    expect(seedProblem(0)).toBe('');
    expect(seedProblem(LARGEST_SEED)).toBe('');
    expect(seedProblem(undefined)).toBe('');
    expect(seedProblem(-1)).toBe('Seed must be a whole number from 0 to 4,294,967,295, not −1');
    expect(seedProblem(LARGEST_SEED + 1)).toBe('Seed must be a whole number from 0 to 4,294,967,295, not 4294967296');
  });
});

describe('a refusal of the run, at the box it is about', () => {
  test('a refusal names its box by where the server says the problem is', () => {
    expect(refusedSetting([{ path: 'body/trials', message: 'must be <= 100000' }])).toBe('trials');
    // An empty box took the scenario's trials, so a refusal of those is about the box too.
    expect(refusedSetting([{ path: 'simulation.trials', message: 'too large' }])).toBe('trials');
    expect(refusedSetting([{ path: 'body/seed', message: 'must be >= 0' }])).toBe('seed');
    expect(refusedSetting([{ path: 'request', message: 'queue is full' }])).toBeUndefined();
    expect(refusedSetting([])).toBeUndefined();
  });

  test("the server's words become the form's", () => {
    // The run manager's message for a run too large for MAX_RUN_MEMORY_MB (api/runs/run-manager.ts).
    expect(
      refusalText('trials × memory is too large: 100000 trials × 13728 bytes of figures per trial = 1372800000 bytes, above the limit of 536870912; this scenario can run at most 39107 trials'),
    ).toBe('Too many trials for this server: this scenario can run at most 39,107 (the memory a run may take is limited)');
    expect(refusalText('trials × work is too large: 100000 trials × 17734 units per trial = 1773400000, above the limit of 200000000; this scenario can run at most 11276 trials')).toBe(
      'Too many trials for this server: this scenario can run at most 11,276 (the work a run may take is limited)',
    );
    expect(refusalText('body/trials must be <= 100000')).toBe('Trials must be at most 100,000');
    expect(refusalText('body/trials must be >= 1')).toBe('Trials must be at least 1');
    expect(refusalText('body/seed must be <= 4294967295')).toBe('Seed must be at most 4,294,967,295');
    expect(refusalText('something else')).toBe('something else');
  });
});
