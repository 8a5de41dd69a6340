import { Type, type Static } from '@sinclair/typebox';

const finite = (description: string) => Type.Number({ description });
const perYear = Type.Optional(Type.Boolean({ description: 'Draw afresh each year (default: one draw per trial, used in every year).' }));

/** `{dist: ...}` specs: every family the engine samples. Money in £m, rates as fractions (0.03 = 3%). */
export const DistributionSpecSchema = Type.Union(
  [
    Type.Object({ dist: Type.Literal('normal'), mean: finite('Mean'), sd: finite('Standard deviation, > 0'), perYear }, { additionalProperties: false }),
    Type.Object(
      {
        dist: Type.Literal('lognormal'),
        mu: Type.Optional(finite('Mean of log X (give mu and sigma, or mean and sd)')),
        sigma: Type.Optional(finite('Standard deviation of log X, > 0')),
        mean: Type.Optional(finite('Mean of X, > 0')),
        sd: Type.Optional(finite('Standard deviation of X, > 0')),
        perYear,
      },
      { additionalProperties: false },
    ),
    Type.Object({ dist: Type.Literal('triangular'), min: finite('Minimum'), mode: finite('Most likely'), max: finite('Maximum'), perYear }, { additionalProperties: false }),
    Type.Object(
      { dist: Type.Literal('pert'), min: finite('Minimum'), mode: finite('Most likely'), max: finite('Maximum'), lambda: Type.Optional(finite('Weight of the mode, default 4')), perYear },
      { additionalProperties: false },
    ),
    Type.Object({ dist: Type.Literal('uniform'), min: finite('Minimum'), max: finite('Maximum'), perYear }, { additionalProperties: false }),
    Type.Object(
      {
        dist: Type.Literal('beta'),
        alpha: finite('Shape alpha, > 0'),
        beta: finite('Shape beta, > 0'),
        min: Type.Optional(finite('Lower end, default 0')),
        max: Type.Optional(finite('Upper end, default 1')),
        perYear,
      },
      { additionalProperties: false },
    ),
    Type.Object(
      { dist: Type.Literal('gamma'), shape: finite('Shape, > 0'), scale: Type.Optional(finite('Scale, > 0 (or give rate)')), rate: Type.Optional(finite('Rate, > 0 (or give scale)')), perYear },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        dist: Type.Literal('truncatedNormal'),
        mean: finite('Mean of the untruncated normal'),
        sd: finite('Its standard deviation, > 0'),
        min: Type.Optional(finite('Lower bound')),
        max: Type.Optional(finite('Upper bound')),
        perYear,
      },
      { additionalProperties: false },
    ),
  ],
  { description: 'A probability distribution' },
);

/**
 * Any numeric input: a number, a distribution, or a formula (text) over drivers,
 * named parameters, `year` (0 for the first modelled year) and `financialYear`
 * (e.g. 2025 for 2025/26). Tagged `x-parameter` so the validator can give one
 * precise message instead of "expected one of three shapes".
 */
export const ParameterSchema = Type.Union([Type.Number(), Type.String({ description: 'A formula, e.g. "payAward + 0.005"', minLength: 1 }), DistributionSpecSchema], {
  'x-parameter': true,
  description: 'A number, a distribution {dist: ...} or a formula',
});

export type ParameterSpec = Static<typeof ParameterSchema>;

/** A value for each modelled year, or one value used in every year. */
export const YearlyParameterSchema = Type.Union([ParameterSchema, Type.Array(ParameterSchema, { minItems: 1 })], {
  'x-yearly': true,
  description: 'One value for every year, or a list with one value per year',
});

export type YearlyParameterSpec = Static<typeof YearlyParameterSchema>;
