import { describe, expect, it } from 'vitest';
import { parseSimArguments } from '../../../api/cli/parse-arguments.ts';
import { parseSweepValues } from '../../../api/cli/decision-arguments.ts';

const base = ['scenarios/teaching.yaml'];

describe('decision flags of npm run sim', () => {
  it('read a solve: lever, bounds, measure and target', () => {
    const args = parseSimArguments([...base, '--solve', 'extraFunding:riverside-icb', '--between', '0,100', '--measure', 'riverside meetsAfterRiskShare', '--reach', '0.9']);
    expect(args.decision).toEqual({
      kind: 'solve',
      lever: { kind: 'extraFunding', organisation: 'riverside-icb' },
      low: 0,
      high: 100,
      measure: { entity: 'riverside', year: 0, quantity: { kind: 'probability', basis: 'afterRiskShare' } },
      reach: 0.9,
    });
  });

  it('read a sweep of two inputs, a list and a range', () => {
    const args = parseSimArguments([...base, '--sweep', 'parameters.cipCeiling=0.03,0.05', '--sweep', 'extraFunding:riverside-icb=0:20:2', '--measure', 'riverside outturn.mean']);
    expect(args.decision).toEqual({
      kind: 'sweep',
      inputs: [
        { lever: { kind: 'path', path: 'parameters.cipCeiling' }, values: [0.03, 0.05] },
        { lever: { kind: 'extraFunding', organisation: 'riverside-icb' }, values: [0, 10, 20] },
      ],
      measures: [{ entity: 'riverside', year: 0, quantity: { kind: 'money', metric: 'outturn', statistic: 'mean' } }],
    });
  });

  it('leave plain runs alone', () => {
    expect(parseSimArguments(base).decision).toBeUndefined();
  });

  it.each([
    [['--solve', 'extraFunding:x', '--measure', 'r outturn.mean', '--reach', '1'], '--solve needs --between LOW,HIGH'],
    [['--solve', 'extraFunding:x', '--between', '0,1', '--measure', 'r outturn.mean'], '--solve needs --reach VALUE'],
    [['--solve', 'extraFunding:x', '--between', '0', '--measure', 'r outturn.mean', '--reach', '1'], "--between is LOW,HIGH, got '0'"],
    [['--solve', 'extraFunding:x', '--between', '0,1', '--reach', 'lots', '--measure', 'r outturn.mean'], "--reach must be a number, got 'lots'"],
    [['--solve', 'extraFunding:x', '--between', '0,1', '--reach', '1', '--measure', 'r'], '--measure: write it as "ENTITY QUANTITY [YEAR]", e.g. "riverside meetsAfterRiskShare 0", got "r"'],
    [['--solve', 'a', '--sweep', 'b=1'], '--solve and --sweep: give one or the other'],
    [['--sweep', 'parameters.x', '--measure', 'r outturn.mean'], "--sweep is LEVER=VALUES, got 'parameters.x'"],
    [['--sweep', 'parameters.x=1', '--measure', 'r outturn.mean', '--reach', '2'], '--between and --reach go with --solve'],
    [['--measure', 'r outturn.mean'], '--between, --measure and --reach go with --solve or --sweep'],
    [['--sweep', 'parameters.x=0:1:0', '--measure', 'r outturn.mean'], '--sweep: needs 1 to 400 steps, got 0'],
  ])('refuse %j, naming the flag', (extra, message) => {
    expect(() => parseSimArguments([...base, ...extra])).toThrow(message);
  });

  it('parseSweepValues reads lists and ranges', () => {
    expect(parseSweepValues('1, 2.5,4', '--sweep')).toEqual([1, 2.5, 4]);
    expect(parseSweepValues('0:1:2', '--sweep')).toEqual([0, 0.5, 1]);
    expect(() => parseSweepValues('0:1', '--sweep')).toThrow("--sweep: a range is LOW:HIGH:STEPS, got '0:1'");
  });
});
