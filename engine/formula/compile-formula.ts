import { create, parseDependencies } from 'mathjs';
import type { MathNode } from 'mathjs';
import { ALLOWED_FUNCTIONS, FORMULA_CONSTANTS } from './allowed-functions.ts';
import { FORMULA_LIMITS } from './formula-limits.ts';

const math = create({ parseDependencies });

/** A formula compiled to a closure over a scope of numbers. */
export interface CompiledFormula {
  /** The text as written in the scenario. */
  readonly text: string;
  /** Names the formula reads (drivers, parameters, `year` ...), each once, in first-use order. */
  readonly names: readonly string[];
  /** Value of the formula, reading each name from `scope[slotOf(name)]`. */
  evaluate(scope: Float64Array): number;
}

/** The outcome of checking a formula: either compiled, or every problem found. */
export type FormulaCheck = { ok: true; formula: CompiledFormula } | { ok: false; errors: string[] };

type Evaluator = (scope: Float64Array) => number;

const BINARY: Record<string, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '^': (a, b) => a ** b,
  '%': (a, b) => a % b,
  mod: (a, b) => a % b,
  '<': (a, b) => (a < b ? 1 : 0),
  '>': (a, b) => (a > b ? 1 : 0),
  '<=': (a, b) => (a <= b ? 1 : 0),
  '>=': (a, b) => (a >= b ? 1 : 0),
  '==': (a, b) => (a === b ? 1 : 0),
  '!=': (a, b) => (a !== b ? 1 : 0),
  and: (a, b) => (a !== 0 && b !== 0 ? 1 : 0),
  or: (a, b) => (a !== 0 || b !== 0 ? 1 : 0),
};

const UNARY: Record<string, (a: number) => number> = {
  '-': (a) => -a,
  '+': (a) => a,
  not: (a) => (a === 0 ? 1 : 0),
};

const NODE_NAMES: Record<string, string> = {
  AssignmentNode: 'assignment',
  FunctionAssignmentNode: 'defining a function',
  AccessorNode: 'property access',
  IndexNode: 'indexing',
  ObjectNode: 'an object',
  ArrayNode: 'a matrix or list',
  BlockNode: 'several statements',
  RangeNode: 'a range',
  RelationalNode: 'chained comparison',
};

/**
 * Parses and compiles a scenario formula such as `"payAward + 0.005 * year"`.
 *
 * Method: mathjs' parser builds the syntax tree; the engine then walks it,
 * accepting only numbers, known names, arithmetic, comparison and logical
 * operators, `cond ? a : b`, parentheses and the functions in
 * {@link ALLOWED_FUNCTIONS}, and turns it into nested closures. Anything else
 * (assignment, property access, strings, units, matrices, `import`, `evaluate`,
 * `parse`, `createUnit` ...) is refused, so evaluation cannot reach mathjs or
 * the host. A formula longer than {@link FORMULA_LIMITS.characters} or nested
 * deeper than {@link FORMULA_LIMITS.depth} is refused, so neither compiling nor
 * evaluating can overflow the stack. Cost: parse once; each evaluation is a
 * walk of the tree.
 *
 * @param text the formula as written
 * @param slotOf maps each name the formula may use to its index in the scope
 * @returns the compiled formula, or all the problems found
 * @example
 * const check = checkFormula('max(payAward, 0.02)', new Map([['payAward', 0]]));
 * if (check.ok) check.formula.evaluate(Float64Array.of(0.035)); // 0.035
 */
export function checkFormula(text: string, slotOf: ReadonlyMap<string, number>): FormulaCheck {
  if (text.trim() === '') return { ok: false, errors: ['formula is empty'] };
  if (text.length > FORMULA_LIMITS.characters) return { ok: false, errors: [`formula is ${text.length} characters long; a formula may have at most ${FORMULA_LIMITS.characters}`] };
  const root = parseFormula(text);
  if (typeof root === 'string') return { ok: false, errors: [root] };
  const errors: string[] = [];
  const names: string[] = [];
  const evaluate = compileNode(root, slotOf, errors, names, new Set(), 0);
  if (errors.length > 0) return { ok: false, errors: [...new Set(errors)] };
  return { ok: true, formula: { text, names, evaluate } };
}

/**
 * mathjs' syntax tree of a formula within {@link FORMULA_LIMITS.characters},
 * or why there is none. mathjs parses by recursive descent, so brackets
 * nested a few hundred deep can exhaust its stack: that is a refusal too.
 */
function parseFormula(text: string): MathNode | string {
  try {
    return math.parse(text);
  } catch (error) {
    if (error instanceof RangeError) return `formula nests brackets or operators more than ${FORMULA_LIMITS.depth} deep`;
    return syntaxMessage((error as Error).message);
  }
}

/** mathjs' parse errors in plain words, keeping the position (characters count from 1). */
function syntaxMessage(message: string): string {
  const position = /\(char (\d+)\)/.exec(message)?.[1];
  const where = position === undefined ? '' : ` (at character ${position})`;
  if (message.startsWith('Unexpected end of expression')) return `formula ends too soon: something is missing after the last operator or name${where}`;
  if (message.startsWith('Parenthesis ) expected')) return `formula has a "(" without its ")"${where}`;
  if (message.startsWith('Unexpected operator')) return `formula has an operator where a number or name should be${where}`;
  if (message.startsWith('Value expected')) return `formula needs a number or name here${where}`;
  return `formula syntax error: ${message}`;
}

/**
 * Lists the names a formula reads, without compiling it (used to order
 * parameters that refer to one another). Returns an empty list when the text
 * does not parse; {@link checkFormula} reports that error.
 */
export function formulaNames(text: string): string[] {
  if (text.length > FORMULA_LIMITS.characters) return [];
  const root = parseFormula(text);
  if (typeof root === 'string' || treeDepth(root) > FORMULA_LIMITS.depth) return [];
  const names = new Set<string>();
  root.traverse((node, path) => {
    if (node.type === 'SymbolNode' && path !== 'fn') {
      const name = (node as unknown as { name: string }).name;
      if (!FORMULA_CONSTANTS.has(name)) names.add(name);
    }
  });
  return [...names];
}

/** How deep a syntax tree goes, walked with its own stack. */
function treeDepth(root: MathNode): number {
  let deepest = 0;
  const pending: Array<[MathNode, number]> = [[root, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    deepest = Math.max(deepest, depth);
    if (depth > FORMULA_LIMITS.depth) return deepest;
    node.forEach((child) => pending.push([child, depth + 1]));
  }
  return deepest;
}

function compileNode(node: MathNode, slotOf: ReadonlyMap<string, number>, errors: string[], names: string[], seen: Set<string>, depth: number): Evaluator {
  const failed: Evaluator = () => Number.NaN;
  if (depth > FORMULA_LIMITS.depth) {
    errors.push(`formula nests brackets or operators more than ${FORMULA_LIMITS.depth} deep`);
    return failed;
  }
  const compile = (child: MathNode) => compileNode(child, slotOf, errors, names, seen, depth + 1);
  switch (node.type) {
    case 'ConstantNode': {
      const value = (node as unknown as { value: unknown }).value;
      if (typeof value !== 'number') {
        errors.push(`formula may only contain numbers, found ${JSON.stringify(value)}`);
        return failed;
      }
      return () => value;
    }
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      const constant = FORMULA_CONSTANTS.get(name);
      if (constant !== undefined) return () => constant;
      const slot = slotOf.get(name);
      if (slot === undefined) {
        errors.push(
          ALLOWED_FUNCTIONS.has(name) ? `'${name}' is a function and needs arguments, e.g. ${name}(x)` : `unknown name '${name}' (formulas may use drivers, named parameters, year and financialYear)`,
        );
        return failed;
      }
      if (!seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
      return (scope) => scope[slot];
    }
    case 'ParenthesisNode':
      return compile((node as unknown as { content: MathNode }).content);
    case 'OperatorNode': {
      const { op, args } = node as unknown as { op: string; args: MathNode[] };
      if (args.length === 1) {
        const unary = UNARY[op];
        if (!unary) {
          errors.push(`operator '${op}' is not allowed in a formula`);
          return failed;
        }
        const inner = compile(args[0]);
        return (scope) => unary(inner(scope));
      }
      const binary = BINARY[op];
      if (!binary || args.length !== 2) {
        errors.push(`operator '${op}' is not allowed in a formula`);
        return failed;
      }
      const left = compile(args[0]);
      const right = compile(args[1]);
      return (scope) => binary(left(scope), right(scope));
    }
    case 'ConditionalNode': {
      const { condition, trueExpr, falseExpr } = node as unknown as Record<string, MathNode>;
      const test = compile(condition);
      const whenTrue = compile(trueExpr);
      const whenFalse = compile(falseExpr);
      return (scope) => (test(scope) !== 0 ? whenTrue(scope) : whenFalse(scope));
    }
    case 'FunctionNode': {
      const { fn, args } = node as unknown as { fn: MathNode; args: MathNode[] };
      if (fn.type !== 'SymbolNode') {
        errors.push('only named functions may be called in a formula');
        return failed;
      }
      const name = (fn as unknown as { name: string }).name;
      const allowed = ALLOWED_FUNCTIONS.get(name);
      if (!allowed) {
        errors.push(`function '${name}' is not allowed (allowed: ${[...ALLOWED_FUNCTIONS.keys()].join(', ')})`);
        return failed;
      }
      if (args.length < allowed.minArgs || args.length > allowed.maxArgs) {
        const expected = allowed.minArgs === allowed.maxArgs ? `${allowed.minArgs}` : `${allowed.minArgs} to ${allowed.maxArgs}`;
        errors.push(`function '${name}' takes ${expected} argument(s), got ${args.length}`);
        return failed;
      }
      const compiled = args.map(compile);
      const values = new Array<number>(compiled.length);
      return (scope) => {
        for (let i = 0; i < compiled.length; i++) values[i] = compiled[i](scope);
        return allowed.apply(values);
      };
    }
    default:
      errors.push(`${NODE_NAMES[node.type] ?? node.type} is not allowed in a formula`);
      return failed;
  }
}
