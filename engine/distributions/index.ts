export { DISTRIBUTION_KINDS, type Distribution, type DistributionKind } from './distribution.ts';
export { checkBetaParameters, createBeta, type BetaParameters } from './beta.ts';
export { checkGammaParameters, createGamma, type GammaParameters, type GammaRateParameters, type GammaScaleParameters } from './gamma.ts';
export { checkLognormalParameters, createLognormal, type LognormalLogParameters, type LognormalMomentParameters, type LognormalParameters } from './lognormal.ts';
export { checkNormalParameters, createNormal, type NormalParameters } from './normal.ts';
export { checkPertParameters, createPert, DEFAULT_PERT_LAMBDA, type PertParameters } from './pert.ts';
export { checkTriangularParameters, createTriangular, type TriangularParameters } from './triangular.ts';
export { checkTruncatedNormalParameters, createTruncatedNormal, SMALLEST_TRUNCATED_NORMAL_MASS, type TruncatedNormalParameters } from './truncated-normal.ts';
export { checkUniformParameters, createUniform, type UniformParameters } from './uniform.ts';
export {
  buildDistribution,
  checkDistributionSpec,
  type BetaSpec,
  type DistributionSpec,
  type GammaSpec,
  type LognormalSpec,
  type NormalSpec,
  type PertSpec,
  type TriangularSpec,
  type TruncatedNormalSpec,
  type UniformSpec,
} from './spec.ts';
export { distributionFromInterval, type Interval, type IntervalCoverage, type IntervalFit } from './from-interval.ts';
