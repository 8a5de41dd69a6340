import type { Scenario } from '../../scenario/schema/scenario.ts';
import type { ParameterTable } from '../parameter-table.ts';
import type { CompiledPool } from './compiled-care.ts';

/**
 * Every system's pooled budgets, in scenario order, and which pool pays for
 * each care service (by service id). Contributions become parameter slots.
 * Validation has already checked every reference and the agreed shares.
 */
export function compilePools(scenario: Scenario, table: ParameterTable, idToIndex: ReadonlyMap<string, number>): { pools: CompiledPool[]; poolOfService: Map<string, number> } {
  const pools: CompiledPool[] = [];
  const poolOfService = new Map<string, number>();
  let firstPartner = 0;
  scenario.systems.forEach((system, systemIndex) => {
    (system.pooledBudgets ?? []).forEach((pool, position) => {
      const path = `systems[${systemIndex}].pooledBudgets[${position}]`;
      for (const service of pool.services) poolOfService.set(service, pools.length);
      pools.push({
        poolIndex: pools.length,
        id: pool.id,
        name: pool.name,
        systemIndex,
        path,
        host: idToIndex.get(pool.host) as number,
        rule: pool.riskShare,
        firstPartner,
        partners: pool.partners.map((partner, index) => ({
          organisation: idToIndex.get(partner.organisation) as number,
          contribution: table.add(`${path}.partners[${index}].contribution`, partner.contribution),
          agreedShare: partner.agreedShare ?? 0,
        })),
      });
      firstPartner += pool.partners.length;
    });
  });
  return { pools, poolOfService };
}
