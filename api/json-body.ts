import { ApiError } from './api-error.ts';

/** Keys that could reach an object's prototype once parsed JSON is copied or merged. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor']);

/** Arrays and objects inside one another in a body: a scenario needs about 9, inside a body's 2 or 3. */
export const MAX_BODY_DEPTH = 64;

/**
 * Parses a JSON request body (Fastify's own parser, replaced so that each
 * refusal says why): `body is not valid JSON: …` for a syntax error, and a
 * refusal naming the key for `__proto__` or `constructor` anywhere, the keys
 * of prototype poisoning. JSON.parse itself makes `__proto__` an own property,
 * so the walk that looks for them is safe. The walk keeps its own stack, so
 * JSON nested 10,000 deep is refused (deeper than {@link MAX_BODY_DEPTH}),
 * not a stack overflow in the server.
 *
 * @throws ApiError 400 with one issue naming `body` or the forbidden key's or too deep a value's place (`body/document/drivers/__proto__`)
 * @example
 * parseJsonBody('{"trials": 5}') // { trials: 5 }
 */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') throw refusal('body', 'is empty but content-type says application/json; send a JSON object');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw refusal('body', `is not valid JSON: ${(error as Error).message}`);
  }
  const problem = shapeProblem(value);
  if (problem) throw refusal(problem.path, problem.message);
  return value;
}

/** A 400 worded as the schema's are: `body/trials must be >= 1`, with the same words as its one issue. */
function refusal(path: string, message: string): ApiError {
  return new ApiError(400, `${path} ${message}`, [{ path, message }]);
}

/**
 * The first key named __proto__ or constructor, or the first value nested
 * deeper than {@link MAX_BODY_DEPTH}, depth first in document order. The
 * walk keeps its own stack of values and depths (no recursion, no object per
 * value); only when it finds a problem is the path to it spelled out.
 */
function shapeProblem(root: unknown): { path: string; message: string } | undefined {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_BODY_DEPTH) return { path: pathTo(root, value), message: `nests arrays and objects more than ${MAX_BODY_DEPTH} deep` };
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        values.push(value[index]);
        depths.push(depth + 1);
      }
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) if (FORBIDDEN_KEYS.has(key)) return { path: `${pathTo(root, value)}/${key}`, message: 'is not allowed: keys named __proto__ or constructor are not allowed' };
    for (let index = keys.length - 1; index >= 0; index--) {
      values.push((value as Record<string, unknown>)[keys[index]]);
      depths.push(depth + 1);
    }
  }
  return undefined;
}

/** The path (`body/document/0`) of `target` inside `root`, searched depth first; at most MAX_BODY_DEPTH deep. */
function pathTo(root: unknown, target: object, path = 'body', depth = 0): string {
  if (root === target) return path;
  if (root === null || typeof root !== 'object' || depth >= MAX_BODY_DEPTH) return '';
  for (const [key, child] of Object.entries(root)) {
    const found = pathTo(child, target, `${path}/${key}`, depth + 1);
    if (found !== '') return found;
  }
  return '';
}
