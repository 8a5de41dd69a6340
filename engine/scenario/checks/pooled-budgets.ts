import type { ValidationIssue } from '../validation-issue.ts';
import { asArray, asRecord, asString } from './tolerant.ts';
import { parameterRangeIssue } from './parameter-range.ts';

/**
 * Pooled budgets: ids unique across the scenario; partners are organisations
 * of the pool's system, each named once, and the host is one of them; the
 * services are care services of the system, each in one pool at most;
 * contributions are not negative; agreed shares are given for every partner
 * under the rule agreedShares (and add up to 1) and for none under the other
 * rules, which do not read them. Cost O(organisations + services + partners).
 */
export function pooledBudgetIssues(document: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const poolIds = new Set<string>();
  asArray(document.systems).forEach((systemValue, systemIndex) => {
    const system = asRecord(systemValue);
    const organisations = new Set(
      asArray(system.organisations)
        .map((organisation) => asString(asRecord(organisation).id))
        .filter((id): id is string => id !== undefined),
    );
    const services = new Set(
      asArray(system.careServices)
        .map((service) => asString(asRecord(service).id))
        .filter((id): id is string => id !== undefined),
    );
    const pooled = new Map<string, string>();
    asArray(system.pooledBudgets).forEach((poolValue, position) => {
      const pool = asRecord(poolValue);
      const path = `systems[${systemIndex}].pooledBudgets[${position}]`;
      const id = asString(pool.id);
      if (id !== undefined && poolIds.has(id)) issues.push({ path: `${path}.id`, message: `pooled budget id '${id}' is used twice` });
      if (id !== undefined) poolIds.add(id);
      const partners = asArray(pool.partners).map(asRecord);
      const named = new Set<string>();
      let agreed = 0;
      let agreedCount = 0;
      partners.forEach((partner, index) => {
        const at = `${path}.partners[${index}]`;
        const organisation = asString(partner.organisation);
        if (organisation !== undefined && !organisations.has(organisation)) issues.push({ path: `${at}.organisation`, message: `'${organisation}' is not an organisation of this system` });
        else if (organisation !== undefined && named.has(organisation)) issues.push({ path: `${at}.organisation`, message: `'${organisation}' is a partner twice` });
        if (organisation !== undefined) named.add(organisation);
        const contribution = parameterRangeIssue(partner.contribution, { min: 0 }, 'a contribution');
        if (contribution) issues.push({ path: `${at}.contribution`, message: contribution });
        if (partner.agreedShare !== undefined) {
          agreedCount++;
          if (typeof partner.agreedShare === 'number') agreed += partner.agreedShare;
          if (pool.riskShare !== 'agreedShares') issues.push({ path: `${at}.agreedShare`, message: 'is read only under the rule agreedShares: remove it, or choose that rule' });
        } else if (pool.riskShare === 'agreedShares') issues.push({ path: `${at}.agreedShare`, message: 'is required under the rule agreedShares' });
      });
      if (pool.riskShare === 'agreedShares' && agreedCount === partners.length && partners.length > 0 && Math.abs(agreed - 1) > 1e-9) {
        issues.push({ path: `${path}.partners`, message: `the agreed shares add up to ${Math.round(agreed * 1e6) / 1e6}; they must add up to 1` });
      }
      const host = asString(pool.host);
      if (host !== undefined && !named.has(host)) issues.push({ path: `${path}.host`, message: `the host '${host}' must be one of the pool's partners` });
      asArray(pool.services).forEach((serviceValue, index) => {
        const service = asString(serviceValue);
        if (service === undefined) return;
        const at = `${path}.services[${index}]`;
        if (!services.has(service)) issues.push({ path: at, message: `'${service}' is not a care service of this system` });
        else if (pooled.has(service)) issues.push({ path: at, message: `'${service}' is already paid for by pooled budget '${pooled.get(service)}'` });
        else pooled.set(service, id ?? `pooledBudgets[${position}]`);
      });
    });
  });
  return issues;
}
