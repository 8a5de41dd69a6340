import { bedScenario } from '../beds/beds-scenario.ts';

/**
 * One acute trust with beds, a council and its home care, whose patients wait
 * for home care when fit to leave: `waits` is the trust's
 * `delayedDischarge.waitsForCare`, `delayedDischarge` the fixed form beside it.
 */
export function careWaitScenario(options: {
  capacity: unknown;
  users?: unknown;
  usersGrowth?: unknown;
  waits?: unknown[];
  delayedDischarge?: Record<string, unknown>;
  beds?: Record<string, unknown>;
  trials?: number;
  bedModel?: 'fast' | 'detailed';
  years?: number;
}) {
  const document = bedScenario({
    trials: options.trials,
    bedModel: options.bedModel,
    beds: {
      ...options.beds,
      delayedDischarge: { share: 0, meanExtraDays: 0, ...options.delayedDischarge, waitsForCare: options.waits ?? [{ service: 'home-care', share: 0.06, meanWaitDays: 4 }] },
    },
  }) as Record<string, any>;
  document.horizon.years = options.years ?? 1;
  const system = document.systems[0];
  system.organisations.push({ id: 'council', name: 'Council', kind: 'localAuthority', income: { other: { baseline: 50 } }, costs: { nonPay: { baseline: 40 } }, controlTotal: 0 });
  system.careServices = [
    {
      id: 'home-care',
      name: 'Home care',
      kind: 'homeCare',
      users: options.users ?? 2500,
      ...(options.usersGrowth === undefined ? {} : { usersGrowth: options.usersGrowth }),
      weeklyCost: 241,
      capacity: options.capacity,
      funder: 'council',
      council: 'council',
    },
  ];
  return document;
}
