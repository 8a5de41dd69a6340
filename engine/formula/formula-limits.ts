/**
 * The size of a formula the engine reads: far above any real formula (the
 * presets' longest is under 100 characters), low enough that parsing,
 * compiling and evaluating one can never exhaust the stack.
 */
export const FORMULA_LIMITS = {
  /** Characters in one formula. */
  characters: 2_000,
  /** Operators, calls and brackets inside one another (`1+1+1` is 2 deep, `not not 1` 2). */
  depth: 100,
} as const;
