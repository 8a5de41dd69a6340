// The trials and seed of a run, checked in the page before they are sent,
// and the server's refusal of them put in the form's words.
import type { ValidationIssue } from '../api/types.ts';
import { formatCount } from '../lib/format.ts';

/** The largest master seed the server takes: seeds are unsigned 32-bit whole numbers. */
export const LARGEST_SEED = 4_294_967_295;

/** A box of the run form. */
export type RunSetting = 'trials' | 'seed';

const shown = (value: number) => (Number.isFinite(value) ? String(value).replace('-', '−') : String(value));

/**
 * What is wrong with the trials of a run, or '' when they will do. An empty
 * box (undefined) is fine: the run takes the scenario's own trials.
 * @example trialsProblem(0) // 'Trials must be a whole number, 1 or more, not 0'
 */
export function trialsProblem(trials: number | undefined): string {
  if (trials === undefined || (Number.isInteger(trials) && trials >= 1)) return '';
  return `Trials must be a whole number, 1 or more, not ${shown(trials)}`;
}

/**
 * What is wrong with the seed of a run, or '' when it will do: a whole
 * number from 0 to {@link LARGEST_SEED}. An empty box takes the scenario's own.
 * @example seedProblem(-1) // 'Seed must be a whole number from 0 to 4,294,967,295, not −1'
 */
export function seedProblem(seed: number | undefined): string {
  if (seed === undefined || (Number.isInteger(seed) && seed >= 0 && seed <= LARGEST_SEED)) return '';
  return `Seed must be a whole number from 0 to ${formatCount(LARGEST_SEED)}, not ${shown(seed)}`;
}

/** Where each box's value goes: the request's field, or the scenario's when the box was empty. */
const PLACES: Readonly<Record<string, RunSetting>> = {
  'body/trials': 'trials',
  'simulation.trials': 'trials',
  'body/seed': 'seed',
  'simulation.seed': 'seed',
};

/** The box a server's refusal of a run is about (`body/trials` → trials), if it is about one. */
export function refusedSetting(issues: readonly ValidationIssue[]): RunSetting | undefined {
  return issues.map((issue) => PLACES[issue.path]).find((setting) => setting !== undefined);
}

/**
 * A refusal of the run's trials or seed in the form's words:
 * `body/trials must be <= 100000` → `Trials must be at most 100,000`, and a run
 * too large for the server says how many trials of this scenario fit.
 */
export function refusalText(message: string): string {
  const fit = /^trials × (work|memory) is too large\b.*can run at most (\d+) trials$/.exec(message);
  if (fit) return `Too many trials for this server: this scenario can run at most ${formatCount(Number(fit[2]))} (${fit[1] === 'work' ? 'the work' : 'the memory'} a run may take is limited)`;
  const field = /^body\/(trials|seed) must be ([<>])= (\d+)$/.exec(message);
  if (field) return `${field[1] === 'trials' ? 'Trials' : 'Seed'} must be ${field[2] === '<' ? 'at most' : 'at least'} ${formatCount(Number(field[3]))}`;
  return message;
}
