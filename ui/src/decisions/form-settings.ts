// Reading a decision form's fields into the request the server takes.
import type { LeverChoice, MeasureChoice } from './choices.ts';

/** The measure as the API names it: `{ entity, quantity, year }`. */
export function measureBody(measure: MeasureChoice, year: number): { entity: string; quantity: string; year: number } {
  return { entity: measure.entity, quantity: measure.quantity, year };
}

/** A target typed in the measure's own terms (90 for 90%) as the engine's value (0.9). */
export function targetValue(measure: Pick<MeasureChoice, 'format'>, typed: number): number {
  return measure.format === 'percent' ? typed / 100 : typed;
}

/** The lever as the API names it. */
export const leverBody = (lever: LeverChoice) => ({ ...lever.lever });
