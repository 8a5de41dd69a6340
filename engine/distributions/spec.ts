import { type BetaParameters, checkBetaParameters, createBeta } from './beta.ts';
import { DISTRIBUTION_KINDS, type Distribution, type DistributionKind } from './distribution.ts';
import { checkGammaParameters, createGamma, type GammaParameters } from './gamma.ts';
import { checkLognormalParameters, createLognormal, type LognormalParameters } from './lognormal.ts';
import { checkNormalParameters, createNormal, type NormalParameters } from './normal.ts';
import { checkPertParameters, createPert, type PertParameters } from './pert.ts';
import { checkTriangularParameters, createTriangular, type TriangularParameters } from './triangular.ts';
import { checkTruncatedNormalParameters, createTruncatedNormal, type TruncatedNormalParameters } from './truncated-normal.ts';
import { checkUniformParameters, createUniform, type UniformParameters } from './uniform.ts';

/** Fields every spec may carry besides its family's parameters. */
interface SpecCommonFields {
  /** Draw once per year rather than once per trial; handled by the caller, ignored here. */
  readonly perYear?: boolean;
}

/** `{dist: 'normal', mean, sd}`, sd > 0. */
export type NormalSpec = { readonly dist: 'normal' } & NormalParameters & SpecCommonFields;
/** `{dist: 'lognormal', mu, sigma}` (of ln X) or `{dist: 'lognormal', mean, sd}` (of X), never both. */
export type LognormalSpec = { readonly dist: 'lognormal' } & LognormalParameters & SpecCommonFields;
/** `{dist: 'triangular', min, mode, max}`, min < max, min <= mode <= max. */
export type TriangularSpec = { readonly dist: 'triangular' } & TriangularParameters & SpecCommonFields;
/** `{dist: 'pert', min, mode, max, lambda?}`, lambda > 0 defaulting to 4. */
export type PertSpec = { readonly dist: 'pert' } & PertParameters & SpecCommonFields;
/** `{dist: 'uniform', min, max}`, min < max. */
export type UniformSpec = { readonly dist: 'uniform' } & UniformParameters & SpecCommonFields;
/** `{dist: 'beta', alpha, beta, min?, max?}`, shapes > 0, limits default to 0 and 1. */
export type BetaSpec = { readonly dist: 'beta' } & BetaParameters & SpecCommonFields;
/** `{dist: 'gamma', shape, scale}` or `{dist: 'gamma', shape, rate}`, all > 0. */
export type GammaSpec = { readonly dist: 'gamma' } & GammaParameters & SpecCommonFields;
/** `{dist: 'truncatedNormal', mean, sd, min?, max?}`: the parent normal's mean and sd, limits default to ∓∞. */
export type TruncatedNormalSpec = { readonly dist: 'truncatedNormal' } & TruncatedNormalParameters & SpecCommonFields;

/** A scenario's description of an uncertain quantity: plain JSON whose `dist` selects the family. */
export type DistributionSpec = NormalSpec | LognormalSpec | TriangularSpec | PertSpec | UniformSpec | BetaSpec | GammaSpec | TruncatedNormalSpec;

/** The parameter fields each family accepts (besides `dist` and `perYear`). */
const FIELDS: Readonly<Record<DistributionKind, readonly string[]>> = {
  normal: ['mean', 'sd'],
  lognormal: ['mu', 'sigma', 'mean', 'sd'],
  triangular: ['min', 'mode', 'max'],
  pert: ['min', 'mode', 'max', 'lambda'],
  uniform: ['min', 'max'],
  beta: ['alpha', 'beta', 'min', 'max'],
  gamma: ['shape', 'scale', 'rate'],
  truncatedNormal: ['mean', 'sd', 'min', 'max'],
};

/**
 * Each family's parameter rules. The record has been checked to be an object; its
 * values are still unchecked, which the family checks handle (Number.isFinite is false
 * for anything but a finite number), hence the casts.
 */
const PARAMETER_CHECKS: Readonly<Record<DistributionKind, (fields: Record<string, unknown>) => string[]>> = {
  normal: (fields) => checkNormalParameters(fields as unknown as NormalParameters),
  lognormal: (fields) => checkLognormalParameters(fields as unknown as LognormalParameters),
  triangular: (fields) => checkTriangularParameters(fields as unknown as TriangularParameters),
  pert: (fields) => checkPertParameters(fields as unknown as PertParameters),
  uniform: (fields) => checkUniformParameters(fields as unknown as UniformParameters),
  beta: (fields) => checkBetaParameters(fields as unknown as BetaParameters),
  gamma: (fields) => checkGammaParameters(fields as unknown as GammaParameters),
  truncatedNormal: (fields) => checkTruncatedNormalParameters(fields as unknown as TruncatedNormalParameters),
};

const EXPECTED_KINDS = `expected one of ${DISTRIBUTION_KINDS.join(', ')}`;

function isDistributionKind(value: unknown): value is DistributionKind {
  return typeof value === 'string' && (DISTRIBUTION_KINDS as readonly string[]).includes(value);
}

/**
 * Every problem with a distribution spec, as messages without a path (the scenario
 * validator prefixes the path, e.g. `systems[0].organisations[2].cip.delivery: beta needs alpha > 0`).
 *
 * Method: checks the shape (an object whose `dist` is a known family), then reports,
 * in this order, any field the family does not have (`"normal has no field 'sigma'"`),
 * a `perYear` that is not a boolean, and every broken parameter rule of the family
 * (`"<dist> needs <rule>"`, see the family's `check…Parameters`). Fields whose value is
 * `undefined` count as absent. Cost: O(number of fields).
 *
 * @param spec anything, typically parsed JSON.
 * @returns all problems at once; an empty array when the spec is valid.
 * @throws never.
 * @example
 * checkDistributionSpec({ dist: 'weibull', shape: 2 });
 * // ["unknown distribution 'weibull' (expected one of normal, lognormal, triangular, pert, uniform, beta, gamma, truncatedNormal)"]
 * checkDistributionSpec({ dist: 'beta', alpha: 0, beta: 'x' });
 * // ['beta needs alpha > 0', 'beta needs beta to be a finite number']
 */
export function checkDistributionSpec(spec: unknown): string[] {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    return [`distribution must be an object with a 'dist' field (${EXPECTED_KINDS})`];
  }
  const fields = spec as Record<string, unknown>;
  const { dist } = fields;
  if (dist === undefined) return [`distribution needs a 'dist' field (${EXPECTED_KINDS})`];
  if (!isDistributionKind(dist)) {
    const shown = typeof dist === 'string' ? dist : JSON.stringify(dist);
    return [`unknown distribution '${shown}' (${EXPECTED_KINDS})`];
  }
  const problems: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || key === 'dist' || key === 'perYear') continue;
    if (!FIELDS[dist].includes(key)) problems.push(`${dist} has no field '${key}'`);
  }
  if (fields.perYear !== undefined && typeof fields.perYear !== 'boolean') {
    problems.push(`${dist} needs perYear to be true or false`);
  }
  problems.push(...PARAMETER_CHECKS[dist](fields));
  return problems;
}

/**
 * Builds the {@link Distribution} a spec describes.
 *
 * Method: {@link checkDistributionSpec}, then the family's factory (`createNormal`,
 * `createPert`, …). `perYear` is accepted and ignored. Cost: O(1) (a few special-function
 * calls for the truncated normal's moments).
 *
 * @param spec a distribution spec, typically from a validated scenario.
 * @returns the distribution.
 * @throws {RangeError} with the first message {@link checkDistributionSpec} reports.
 * @example
 * const delivery = buildDistribution({ dist: 'pert', min: 0.5, mode: 0.8, max: 1 });
 * delivery.sample(createStream(42, 0, 'cip')); // one draw, by inversion of one uniform
 */
export function buildDistribution(spec: DistributionSpec): Distribution {
  const problems = checkDistributionSpec(spec);
  if (problems.length > 0) throw new RangeError(problems[0]);
  switch (spec.dist) {
    case 'normal':
      return createNormal(spec);
    case 'lognormal':
      return createLognormal(spec);
    case 'triangular':
      return createTriangular(spec);
    case 'pert':
      return createPert(spec);
    case 'uniform':
      return createUniform(spec);
    case 'beta':
      return createBeta(spec);
    case 'gamma':
      return createGamma(spec);
    case 'truncatedNormal':
      return createTruncatedNormal(spec);
    default: {
      // Unreachable: checkDistributionSpec rejected unknown families.
      const unknownSpec: never = spec;
      throw new RangeError(`unknown distribution '${String((unknownSpec as { dist: unknown }).dist)}' (${EXPECTED_KINDS})`);
    }
  }
}
