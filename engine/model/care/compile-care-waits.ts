import type { Scenario } from '../../scenario/schema/scenario.ts';
import type { CareWaitSpec } from '../../scenario/schema/care-wait.ts';
import type { ParameterTable } from '../parameter-table.ts';

/** Patients of a bed trust who wait for a care service, as slots (see `careWaitLaw`). */
export interface CompiledCareWait {
  /** Scenario path of the wait (`…beds.delayedDischarge.waitsForCare[0]`), for errors. */
  readonly path: string;
  /** The service's position among the model's care services (`CompiledCareService.careIndex`). */
  readonly careIndex: number;
  /** Slot of the share of the trust's patients who need the service when fit to leave. */
  readonly share: number;
  /** Slot of the mean wait, in days, when the service meets all the need. */
  readonly meanWaitDays: number;
}

/** Each care service's position among the model's care services: system by system, in scenario order, as `compileCare` numbers them. */
export function careServiceIndex(scenario: Scenario): Map<string, number> {
  const index = new Map<string, number>();
  for (const system of scenario.systems) for (const service of system.careServices ?? []) index.set(service.id, index.size);
  return index;
}

/**
 * A trust's waits for social care (`delayedDischarge.waitsForCare`) as slots,
 * in scenario order. Validation has checked that every service named is one
 * of the trust's system with a capacity.
 */
export function compileCareWaits(waits: readonly CareWaitSpec[] | undefined, path: string, table: ParameterTable, services: ReadonlyMap<string, number>): CompiledCareWait[] {
  return (waits ?? []).map((wait, index) => {
    const at = `${path}[${index}]`;
    return { path: at, careIndex: services.get(wait.service) as number, share: table.add(`${at}.share`, wait.share), meanWaitDays: table.add(`${at}.meanWaitDays`, wait.meanWaitDays) };
  });
}
