import { ApiError } from './api-error.ts';

/** Keys that could reach an object's prototype once parsed JSON is copied or merged. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor']);

/**
 * Parses a JSON request body (Fastify's own parser, replaced so that each
 * refusal says why): `body is not valid JSON: …` for a syntax error, and a
 * refusal naming the key for `__proto__` or `constructor` anywhere, the keys
 * of prototype poisoning. JSON.parse itself makes `__proto__` an own property,
 * so the walk that looks for them is safe.
 *
 * @throws ApiError 400 with one issue naming `body` or the forbidden key's place (`body/document/drivers/__proto__`)
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
  const forbidden = forbiddenKeyPath(value, 'body');
  if (forbidden) throw refusal(forbidden, 'is not allowed: keys named __proto__ or constructor are not allowed');
  return value;
}

/** A 400 worded as the schema's are: `body/trials must be >= 1`, with the same words as its one issue. */
function refusal(path: string, message: string): ApiError {
  return new ApiError(400, `${path} ${message}`, [{ path, message }]);
}

/** The path of the first key named __proto__ or constructor, depth first, or undefined. */
function forbiddenKeyPath(value: unknown, path: string): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = forbiddenKeyPath(value[index], `${path}/${index}`);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return `${path}/${key}`;
    const found = forbiddenKeyPath((value as Record<string, unknown>)[key], `${path}/${key}`);
    if (found) return found;
  }
  return undefined;
}
