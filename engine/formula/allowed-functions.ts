/**
 * The only functions a scenario formula may call, with their arity.
 *
 * Formulas are parsed by mathjs but never evaluated by it: the engine compiles
 * the syntax tree into its own closures over numbers, so nothing a formula says
 * can reach mathjs' `import`, `createUnit`, `evaluate`, `parse` or the host.
 */
export interface AllowedFunction {
  readonly minArgs: number;
  readonly maxArgs: number;
  readonly apply: (args: readonly number[]) => number;
}

export const ALLOWED_FUNCTIONS: ReadonlyMap<string, AllowedFunction> = new Map<string, AllowedFunction>([
  ['min', { minArgs: 1, maxArgs: 16, apply: (a) => Math.min(...a) }],
  ['max', { minArgs: 1, maxArgs: 16, apply: (a) => Math.max(...a) }],
  ['abs', { minArgs: 1, maxArgs: 1, apply: (a) => Math.abs(a[0]) }],
  ['sqrt', { minArgs: 1, maxArgs: 1, apply: (a) => Math.sqrt(a[0]) }],
  ['exp', { minArgs: 1, maxArgs: 1, apply: (a) => Math.exp(a[0]) }],
  // log(x) is natural; log(x, base) as in mathjs.
  ['log', { minArgs: 1, maxArgs: 2, apply: (a) => (a.length === 2 ? Math.log(a[0]) / Math.log(a[1]) : Math.log(a[0])) }],
  ['log10', { minArgs: 1, maxArgs: 1, apply: (a) => Math.log10(a[0]) }],
  ['pow', { minArgs: 2, maxArgs: 2, apply: (a) => a[0] ** a[1] }],
  ['round', { minArgs: 1, maxArgs: 1, apply: (a) => Math.round(a[0]) }],
  ['floor', { minArgs: 1, maxArgs: 1, apply: (a) => Math.floor(a[0]) }],
  ['ceil', { minArgs: 1, maxArgs: 1, apply: (a) => Math.ceil(a[0]) }],
  ['sign', { minArgs: 1, maxArgs: 1, apply: (a) => Math.sign(a[0]) }],
  ['clamp', { minArgs: 3, maxArgs: 3, apply: (a) => Math.min(Math.max(a[0], a[1]), a[2]) }],
]);

/** Constants a formula may name without declaring them. */
export const FORMULA_CONSTANTS: ReadonlyMap<string, number> = new Map([
  ['pi', Math.PI],
  ['e', Math.E],
]);
