import type { CompiledModel, EntityKind } from '../model/compiled-model.ts';
import { centralCase } from './central-case.ts';

/** One organisation's or system's plan position in one year of the central case, £m. */
export interface PlanPositionYear {
  readonly year: string;
  readonly outturn: number;
  readonly controlTotal: number;
  /** Outturn − control total before risk share: negative is short of the control total. */
  readonly variance: number;
}

/** An organisation or a system with its plan position each year. */
export interface PlanPosition {
  readonly id: string;
  readonly name: string;
  readonly kind: Exclude<EntityKind, 'reserve'>;
  readonly systemId: string;
  readonly years: readonly PlanPositionYear[];
}

/**
 * Each organisation's and system's position against its control total in the
 * central case (every uncertain input at its mean, one fixed draw of the bed
 * model's patients): the plan a finance director signs, before any
 * uncertainty. The builder shows it as the scenario is edited, so a trust its
 * ICB leaves unfunded shows at once as a large shortfall.
 *
 * Systems come after their organisations, in scenario order; a system's
 * contingency reserve is left out (it is money held, not a position).
 * Cost: one central-case trial, bed model included (about 0.5 s for a four-trust
 * bed scenario, seconds for all of England): run it off the page's main thread.
 *
 * @param seed the seed of the bed model's fixed draw (the scenario's own seed in a run)
 * @example
 * planPositions(compileModel(document), 1)[0].years[0].variance  // -300: the trust is £300m short
 */
export function planPositions(model: CompiledModel, seed: number): PlanPosition[] {
  const central = centralCase(model, seed);
  return model.entities
    .filter((entity) => entity.kind !== 'reserve')
    .map((entity) => ({
      id: entity.id,
      name: entity.name,
      kind: entity.kind as Exclude<EntityKind, 'reserve'>,
      systemId: entity.systemId,
      years: model.yearLabels.map((year, index) => {
        const figures = central.yearEnd[index][entity.index];
        return { year, outturn: figures.outturn, controlTotal: figures.controlTotal, variance: figures.variance };
      }),
    }));
}
