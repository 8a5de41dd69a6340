// The figures of five-organisations.yaml as the numpy side of the benchmark
// reads them (one JSON argument), so the two sides cannot drift apart.
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../../engine/index.ts';

interface LineSpec {
  readonly baseline: number;
}
interface OrganisationSpec {
  readonly id: string;
  readonly kind: string;
  readonly allocationShare?: number;
  readonly income?: { readonly contract?: LineSpec };
  readonly costs: { readonly pay: LineSpec; readonly nonPay: LineSpec };
  readonly cip: { readonly plan: number; readonly delivery: { readonly alpha: number; readonly beta: number } };
  readonly controlTotal: number;
}

/** The numpy script's argument for `trials` trials of the benchmark preset at `path`. */
export function numpyModel(path: string, trials: number): string {
  const parsed = parseScenarioText(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} does not parse`);
  const scenario = parsed.document as {
    simulation: { seed: number };
    drivers: Record<'payAward' | 'inflation', { mean: number; sd: number }>;
    systems: [{ allocation: LineSpec; organisations: OrganisationSpec[] }];
  };
  const [system] = scenario.systems;
  return JSON.stringify({
    trials,
    seed: scenario.simulation.seed,
    payAward: scenario.drivers.payAward,
    inflation: scenario.drivers.inflation,
    organisations: system.organisations.map((o) => ({
      id: o.id,
      // The ICB's income is its share of the single pot; a trust's, its contract.
      income: o.kind === 'icb' ? system.allocation.baseline * (o.allocationShare ?? 0) : (o.income?.contract?.baseline ?? 0),
      pay: o.costs.pay.baseline,
      nonPay: o.costs.nonPay.baseline,
      cipPlan: o.cip.plan,
      alpha: o.cip.delivery.alpha,
      beta: o.cip.delivery.beta,
      controlTotal: o.controlTotal,
    })),
  });
}
