import { create, parseDependencies } from 'mathjs';
import type { MathNode } from 'mathjs';
import { ALLOWED_FUNCTIONS, FORMULA_CONSTANTS } from './allowed-functions.ts';

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
 * the host. Cost: parse once; each evaluation is a walk of the tree.
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
  let root: MathNode;
  try {
    root = math.parse(text);
  } catch (error) {
    return { ok: false, errors: [syntaxMessage((error as Error).message)] };
  }
  const errors: string[] = [];
  const names: string[] = [];
  const evaluate = compileNode(root, slotOf, errors, names);
  if (errors.length > 0) return { ok: false, errors: [...new Set(errors)] };
  return { ok: true, formula: { text, names, evaluate } };
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
  let root: MathNode;
  try {
    root = math.parse(text);
  } catch {
    return [];
  }
  const names = new Set<string>();
  root.traverse((node, path) => {
    if (node.type === 'SymbolNode' && path !== 'fn') {
      const name = (node as unknown as { name: string }).name;
      if (!FORMULA_CONSTANTS.has(name)) names.add(name);
    }
  });
  return [...names];
}

function compileNode(node: MathNode, slotOf: ReadonlyMap<string, number>, errors: string[], names: string[]): Evaluator {
  const failed: Evaluator = () => Number.NaN;
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
          ALLOWED_FUNCTIONS.has(name)
            ? `'${name}' is a function and needs arguments, e.g. ${name}(x)`
            : `unknown name '${name}' (formulas may use drivers, named parameters, year and financialYear)`,
        );
        return failed;
      }
      if (!names.includes(name)) names.push(name);
      return (scope) => scope[slot];
    }
    case 'ParenthesisNode':
      return compileNode((node as unknown as { content: MathNode }).content, slotOf, errors, names);
    case 'OperatorNode': {
      const { op, args } = node as unknown as { op: string; args: MathNode[] };
      if (args.length === 1) {
        const unary = UNARY[op];
        if (!unary) {
          errors.push(`operator '${op}' is not allowed in a formula`);
          return failed;
        }
        const inner = compileNode(args[0], slotOf, errors, names);
        return (scope) => unary(inner(scope));
      }
      const binary = BINARY[op];
      if (!binary || args.length !== 2) {
        errors.push(`operator '${op}' is not allowed in a formula`);
        return failed;
      }
      const left = compileNode(args[0], slotOf, errors, names);
      const right = compileNode(args[1], slotOf, errors, names);
      return (scope) => binary(left(scope), right(scope));
    }
    case 'ConditionalNode': {
      const { condition, trueExpr, falseExpr } = node as unknown as Record<string, MathNode>;
      const test = compileNode(condition, slotOf, errors, names);
      const whenTrue = compileNode(trueExpr, slotOf, errors, names);
      const whenFalse = compileNode(falseExpr, slotOf, errors, names);
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
      const compiled = args.map((arg) => compileNode(arg, slotOf, errors, names));
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
