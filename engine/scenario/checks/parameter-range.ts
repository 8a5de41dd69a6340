import { buildDistribution, checkDistributionSpec, type DistributionSpec } from '../../distributions/spec.ts';

/**
 * Whether a parameter can only take values in [min, max] (either bound may be
 * exclusive). A number is checked directly, a distribution by its support; a
 * formula cannot be checked before it runs, so it passes here and is checked
 * when evaluated. Returns a message, or undefined when the range holds.
 */
export function parameterRangeIssue(value: unknown, range: { min?: number; max?: number; minExclusive?: boolean }, what: string): string | undefined {
  const { min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY, minExclusive = false } = range;
  const bounds = `${minExclusive ? '>' : '>='} ${min}${Number.isFinite(max) ? ` and <= ${max}` : ''}`;
  const below = (x: number) => (minExclusive ? x <= min : x < min);
  if (typeof value === 'number') return below(value) || value > max ? `${what} must be ${bounds}, got ${value}` : undefined;
  if (value !== null && typeof value === 'object' && checkDistributionSpec(value).length === 0) {
    const [low, high] = buildDistribution(value as DistributionSpec).support;
    if (below(low) || high > max) {
      return `${what} must be ${bounds}, but this distribution reaches ${low} to ${high}: use one bounded to that range (e.g. uniform, triangular, pert, beta, or truncatedNormal with min and max)`;
    }
  }
  return undefined;
}
