import { DecisionError, parseMeasure, rangeValues, type Lever, type Measure } from '../../engine/index.ts';

/** What `--solve` or `--sweep` asks of a run, read from the command line. */
export type DecisionArguments =
  | { readonly kind: 'solve'; readonly lever: Lever; readonly low: number; readonly high: number; readonly measure: Measure; readonly reach: number }
  | { readonly kind: 'sweep'; readonly inputs: ReadonlyArray<{ readonly lever: Lever; readonly values: readonly number[] }>; readonly measures: readonly Measure[] };

export const DECISION_USAGE = `Decisions (every value of the input runs on the same trials and seed):
  --solve LEVER --between LOW,HIGH --measure "ENTITY QUANTITY [YEAR]" --reach VALUE
               find the LEVER value at which the measure reaches VALUE
  --sweep LEVER=V1,V2,...   or   --sweep LEVER=LOW:HIGH:STEPS   (once, or twice for a grid)
  --measure "ENTITY QUANTITY [YEAR]"   a result to read at each point (repeatable)
  LEVER is a number's field path in the scenario (systems[0].organisations[1].cip.plan,
  parameters.tariffUplift) or extraFunding:ORGANISATION (cash paid to it each year).
  QUANTITY is meetsAfterRiskShare, meetsBeforeRiskShare, METRIC.STATISTIC
  (postShareVariance.p10, outturn.mean) or beds.METRIC.STATISTIC (beds.daysAbove92.mean);
  YEAR counts from 0, the first modelled year.`;

/** `extraFunding:icb` or a field path. */
export function parseLever(text: string, flag: string): Lever {
  const trimmed = text.trim();
  if (trimmed.startsWith('extraFunding:')) {
    const organisation = trimmed.slice('extraFunding:'.length);
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(organisation)) throw new Error(`${flag}: extraFunding: needs an organisation id, got '${organisation}'`);
    return { kind: 'extraFunding', organisation };
  }
  if (trimmed.length === 0) throw new Error(`${flag}: name the input to move`);
  return { kind: 'path', path: trimmed };
}

function number(text: string, flag: string): number {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value)) throw new Error(`${flag} must be a number, got '${text}'`);
  return value;
}

/** The values of a `--sweep`: a list `a,b,c` or a range `low:high:steps`. */
export function parseSweepValues(text: string, flag: string): number[] {
  if (text.includes(':')) {
    const parts = text.split(':');
    if (parts.length !== 3) throw new Error(`${flag}: a range is LOW:HIGH:STEPS, got '${text}'`);
    try {
      return rangeValues(number(parts[0], flag), number(parts[1], flag), number(parts[2], flag), flag);
    } catch (error) {
      throw new Error((error as Error).message);
    }
  }
  return text.split(',').map((part) => number(part, flag));
}

function measure(text: string): Measure {
  try {
    return parseMeasure(text, '--measure');
  } catch (error) {
    if (error instanceof DecisionError) throw new Error(error.message);
    throw error;
  }
}

/**
 * Reads the decision flags; undefined when neither `--solve` nor `--sweep` is given.
 * @throws Error naming the flag at fault
 */
export function parseDecisionArguments(values: { solve?: string; sweep?: string[]; between?: string; measure?: string[]; reach?: string }): DecisionArguments | undefined {
  const { solve, sweep, between, reach } = values;
  const measures = values.measure ?? [];
  if (solve !== undefined && sweep !== undefined) throw new Error('--solve and --sweep: give one or the other');
  if (solve === undefined && sweep === undefined) {
    if (between !== undefined || reach !== undefined || measures.length > 0) throw new Error('--between, --measure and --reach go with --solve or --sweep');
    return undefined;
  }
  if (solve !== undefined) {
    if (between === undefined) throw new Error('--solve needs --between LOW,HIGH');
    if (reach === undefined) throw new Error('--solve needs --reach VALUE');
    if (measures.length !== 1) throw new Error('--solve needs exactly one --measure');
    const bounds = between.split(',');
    if (bounds.length !== 2) throw new Error(`--between is LOW,HIGH, got '${between}'`);
    return {
      kind: 'solve',
      lever: parseLever(solve, '--solve'),
      low: number(bounds[0], '--between'),
      high: number(bounds[1], '--between'),
      measure: measure(measures[0]),
      reach: number(reach, '--reach'),
    };
  }
  const sweeps = sweep ?? [];
  if (sweeps.length > 2) throw new Error('--sweep: one input, or two for a grid');
  if (between !== undefined || reach !== undefined) throw new Error('--between and --reach go with --solve');
  if (measures.length === 0) throw new Error('--sweep needs at least one --measure');
  const inputs = sweeps.map((text) => {
    const equals = text.lastIndexOf('=');
    if (equals < 0) throw new Error(`--sweep is LEVER=VALUES, got '${text}'`);
    return { lever: parseLever(text.slice(0, equals), '--sweep'), values: parseSweepValues(text.slice(equals + 1), '--sweep') };
  });
  return { kind: 'sweep', inputs, measures: measures.map(measure) };
}
