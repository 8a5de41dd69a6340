import type { Scenario } from '../../scenario/schema/scenario.ts';
import type { ParameterSpec } from '../../scenario/schema/parameter.ts';
import { monthIndexOf } from '../../calendar/financial-calendar.ts';
import type { ParameterTable } from '../parameter-table.ts';
import type { CompiledBoundaryShift, CompiledCareService, CompiledPool } from './compiled-care.ts';

/**
 * Every system's care services, in scenario order (system by system), with
 * the boundary-shift interventions that name them. Numbers and distributions
 * become parameter slots, so users, costs and the means test can be
 * uncertain and formulas reach them. Validation has already checked every
 * reference. A service in a pooled budget is paid by the pool's host.
 */
export function compileCare(
  scenario: Scenario,
  table: ParameterTable,
  idToIndex: ReadonlyMap<string, number>,
  poolOfService: ReadonlyMap<string, number>,
  pools: readonly CompiledPool[],
): CompiledCareService[] {
  const { firstYear } = scenario.horizon;
  const shifts = new Map<string, CompiledBoundaryShift[]>();
  (scenario.interventions ?? []).forEach((intervention, index) => {
    if (intervention.kind !== 'boundaryShift') return;
    const fromMonth = intervention.from === undefined ? 0 : Math.max(0, monthIndexOf(firstYear, intervention.from));
    const list = shifts.get(intervention.service) ?? [];
    list.push({ to: intervention.to, share: table.add(`interventions[${index}].share`, intervention.share), fromMonth });
    shifts.set(intervention.service, list);
  });
  const optional = (path: string, spec: ParameterSpec | undefined, fallback: number) => (spec === undefined ? table.constant(fallback) : table.add(path, spec));
  const services: CompiledCareService[] = [];
  scenario.systems.forEach((system, systemIndex) => {
    (system.careServices ?? []).forEach((service, position) => {
      const path = `systems[${systemIndex}].careServices[${position}]`;
      services.push({
        careIndex: services.length,
        id: service.id,
        name: service.name,
        kind: service.kind,
        systemIndex,
        path,
        users: table.add(`${path}.users`, service.users),
        usersGrowth: optional(`${path}.usersGrowth`, service.usersGrowth, 0),
        weeklyCost: table.add(`${path}.weeklyCost`, service.weeklyCost),
        weeklyCostGrowth: optional(`${path}.weeklyCostGrowth`, service.weeklyCostGrowth, 0),
        capacity: service.capacity === undefined ? -1 : table.add(`${path}.capacity`, service.capacity),
        startingCouncilShare: service.funder === 'council' ? 1 : 0,
        nhsFunder: service.nhsFunder === undefined ? -1 : (idToIndex.get(service.nhsFunder) as number),
        council: service.council === undefined ? -1 : (idToIndex.get(service.council) as number),
        charging:
          service.charging === undefined
            ? undefined
            : {
                selfFunderShare: table.add(`${path}.charging.selfFunderShare`, service.charging.selfFunderShare),
                contributorShare: table.add(`${path}.charging.contributorShare`, service.charging.contributorShare),
                averageContribution: table.add(`${path}.charging.averageContribution`, service.charging.averageContribution),
              },
        pool: poolOfService.get(service.id) ?? -1,
        poolHost: poolOfService.has(service.id) ? pools[poolOfService.get(service.id) as number].host : -1,
        shifts: shifts.get(service.id) ?? [],
      });
    });
  });
  return services;
}
