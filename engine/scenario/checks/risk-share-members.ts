import type { ValidationIssue } from '../validation-issue.ts';
import { asArray, asRecord, asString } from './tolerant.ts';

const OUTSIDE_BY_DEFAULT = new Set(['localAuthority', 'independentSector']);

/**
 * A risk-share agreement's members are inside the system control total: money
 * moved to or from a body outside it would enter or leave the system's
 * figures, so the system would disagree with itself before and after risk
 * share. Each listed member outside it is refused at its place in `members`.
 * A contingency reserve is paid in by the system's ICBs (from the single pot),
 * so an agreement that lists its members includes them.
 */
export function riskShareMemberIssues(document: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  asArray(document.systems).forEach((systemValue, systemIndex) => {
    const system = asRecord(systemValue);
    const inControlTotal = new Map<string, boolean>();
    for (const value of asArray(system.organisations)) {
      const organisation = asRecord(value);
      const id = asString(organisation.id);
      if (id === undefined) continue;
      const given = organisation.inSystemControlTotal;
      inControlTotal.set(id, typeof given === 'boolean' ? given : !OUTSIDE_BY_DEFAULT.has(String(organisation.kind)));
    }
    const agreements: Array<[string, Record<string, unknown>]> = [
      ['riskShare', asRecord(system.riskShare)],
      ...asArray(system.riskShareAlternatives).map((value, index): [string, Record<string, unknown>] => [`riskShareAlternatives[${index}]`, asRecord(value)]),
    ];
    const icbs = asArray(system.organisations)
      .map(asRecord)
      .filter((organisation) => organisation.kind === 'icb' && organisation.allocationShare !== 0)
      .map((organisation) => asString(organisation.id))
      .filter((id): id is string => id !== undefined);
    for (const [field, agreement] of agreements) {
      if (agreement.rule === 'contingencyReserve' && agreement.members !== undefined) {
        const members = new Set(asArray(agreement.members));
        for (const id of icbs) {
          if (members.has(id)) continue;
          issues.push({
            path: `systems[${systemIndex}].${field}.members`,
            message: `must include '${id}': the contingency reserve is top-sliced from its share of the single pot, and what is left goes back to it`,
          });
        }
      }
      asArray(agreement.members).forEach((idValue, position) => {
        const id = asString(idValue);
        if (id === undefined || inControlTotal.get(id) !== false) return;
        issues.push({
          path: `systems[${systemIndex}].${field}.members[${position}]`,
          message: `'${id}' is outside the system control total, so risk-share money paid to or from it would leave the system's figures; leave it out of members, or set inSystemControlTotal: true on it`,
        });
      });
    }
  });
  return issues;
}
