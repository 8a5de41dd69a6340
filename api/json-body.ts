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
 * deeper than {@link MAX_BODY_DEPTH}, depth first in document order; one pass
 * with its own stack.
 */
function shapeProblem(root: unknown): { path: string; message: string } | undefined {
  // Each entry knows its parent and key; a path is spelled out only for the one problem reported.
  interface Entry { value: unknown; key: string; parent: Entry | undefined; depth: number }
  const pathOf = (entry: Entry): string => (entry.parent ? `${pathOf(entry.parent)}/${entry.key}` : entry.key);
  const pending: Entry[] = [{ value: root, key: 'body', parent: undefined, depth: 0 }];
  while (pending.length > 0) {
    const entry = pending.pop()!;
    const { value, depth } = entry;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_BODY_DEPTH) return { path: pathOf(entry), message: `nests arrays and objects more than ${MAX_BODY_DEPTH} deep` };
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) pending.push({ value: value[index], key: String(index), parent: entry, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) if (FORBIDDEN_KEYS.has(key)) return { path: `${pathOf(entry)}/${key}`, message: 'is not allowed: keys named __proto__ or constructor are not allowed' };
    for (let index = keys.length - 1; index >= 0; index--) pending.push({ value: (value as Record<string, unknown>)[keys[index]], key: keys[index], parent: entry, depth: depth + 1 });
  }
  return undefined;
}
