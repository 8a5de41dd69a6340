import type { FastifySchemaValidationError } from 'fastify/types/schema.js';

/** One request problem, named by where it is (`body/trials`). */
export interface RequestIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Turns schema validation errors into messages that name the field:
 * `body/trials must be >= 1`, `body/document is required`,
 * `body/colour is not an allowed field`, `querystring/format must be one of yaml, json`.
 */
export function describeValidation(context: string, errors: readonly FastifySchemaValidationError[]): { message: string; issues: RequestIssue[] } {
  const issues: RequestIssue[] = [];
  const allowed = new Map<string, unknown[]>();
  for (const error of errors) {
    const path = `${context}${error.instancePath}`;
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'required') issues.push({ path: `${path}/${String(params.missingProperty)}`, message: 'is required' });
    else if (error.keyword === 'additionalProperties') issues.push({ path: `${path}/${String(params.additionalProperty)}`, message: 'is not an allowed field' });
    else if (error.keyword === 'const' || error.keyword === 'enum')
      allowed.set(path, [...(allowed.get(path) ?? []), ...(params.allowedValues ? (params.allowedValues as unknown[]) : [params.allowedValue])]);
    else if (error.keyword === 'anyOf' && allowed.has(path)) continue;
    else issues.push({ path, message: error.message ?? 'is not valid' });
  }
  for (const [path, values] of allowed) issues.unshift({ path, message: `must be one of ${values.map(String).join(', ')}` });
  const [first] = issues;
  return { message: first ? `${first.path} ${first.message}` : `${context} is not valid`, issues };
}
