import { describe, expect, it } from 'vitest';
import { parseSimArguments } from '../../../api/cli/parse-arguments.ts';

describe('npm run sim arguments', () => {
  it('reads the scenario, trials, seed and output files', () => {
    expect(parseSimArguments(['s.yaml', '--trials', '500', '--seed', '7', '--json', 'o.json', '--csv', 'o.csv'])).toEqual({
      scenario: 's.yaml',
      trials: 500,
      seed: 7,
      json: 'o.json',
      csv: 'o.csv',
      workers: 1,
      help: false,
    });
  });

  it('reads --workers, 1 (this thread) when it is not given', () => {
    expect(parseSimArguments(['s.yaml', '--workers', '2']).workers).toBe(2);
    expect(parseSimArguments(['s.yaml']).workers).toBe(1);
  });

  it.each([
    [['s.yaml', '--trials', '0'], '--trials must be a whole number from 1 to 1000000, got 0'],
    [['s.yaml', '--trials', '2.5'], "--trials must be a whole number from 1 to 1000000, got '2.5'"],
    [['s.yaml', '--trials', '1e9'], "--trials must be a whole number from 1 to 1000000, got '1e9'"],
    [['s.yaml', '--seed=-1'], "--seed must be a whole number from 0 to 4294967295, got '-1'"],
    [['s.yaml', '--seed', '-1'], "Option '--seed' argument is ambiguous"],
    [['s.yaml', '--seed', '4294967296'], '--seed must be a whole number from 0 to 4294967295, got 4294967296'],
    [['s.yaml', '--workers', '0'], '--workers must be a whole number from 1 to 64, got 0'],
    [['s.yaml', '--workers', '65'], '--workers must be a whole number from 1 to 64, got 65'],
    [['s.yaml', '--workers', 'two'], "--workers must be a whole number from 1 to 64, got 'two'"],
    [['s.yaml', '--workers', '2', '--sweep', 'parameters.cipCeiling=0,0.1', '--measure', 'riverside meetsAfterRiskShare'], '--workers runs a scenario'],
    [[], 'give the scenario file to run'],
    [['a.yaml', 'b.yaml'], 'expected one scenario file, got 2: a.yaml, b.yaml'],
  ])('refuses %j with a message naming the argument', (argv, message) => {
    expect(() => parseSimArguments(argv)).toThrow(message);
  });

  it('refuses an unknown option', () => {
    expect(() => parseSimArguments(['s.yaml', '--trails', '5'])).toThrow(/Unknown option '--trails'/);
  });
});
