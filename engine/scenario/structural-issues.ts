import type { TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { checkParameterShape } from './check-parameter.ts';
import { childPath, pointerToPath } from './json-path.ts';
import type { ValidationIssue } from './validation-issue.ts';

type SchemaNode = TSchema & Record<string, unknown>;

/**
 * Checks a document against a TypeBox schema and returns every problem in plain
 * words, with the dotted path of each. Three kinds of union get a precise
 * message instead of "expected union value": numeric parameters (tagged
 * `x-parameter`) are checked by {@link checkParameterShape}; yearly values
 * (`x-yearly`) element by element; unions told apart by a field such as `rule`
 * or `kind` (`x-discriminator`) by checking the variant that field names.
 */
export function structuralIssues(schema: TSchema, value: unknown, basePath = ''): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const error of Value.Errors(schema, value)) {
    const path = joinPaths(basePath, pointerToPath(error.path));
    if (seen.has(path)) continue;
    seen.add(path);
    issues.push(...describe(error, path));
  }
  return issues;
}

function joinPaths(base: string, rest: string): string {
  if (base === '') return rest;
  if (rest === '') return base;
  return rest.startsWith('[') ? `${base}${rest}` : `${base}.${rest}`;
}

function describe(error: ValueError, path: string): ValidationIssue[] {
  const schema = error.schema as SchemaNode;
  const value = error.value;
  if (error.type === ValueErrorType.Union) {
    if (schema['x-parameter']) return parameterIssues(value, path);
    if (schema['x-yearly']) {
      if (Array.isArray(value)) return value.flatMap((item, index) => parameterIssues(item, childPath(path, index)));
      return parameterIssues(value, path);
    }
    const discriminator = schema['x-discriminator'];
    if (typeof discriminator === 'string') return discriminatedIssues(schema, discriminator, value, path);
    const literals = literalOptions(schema);
    if (literals) return [{ path, message: `must be one of ${literals.join(', ')} (got ${JSON.stringify(value)})` }];
    return [{ path, message: `must be ${String(schema.description ?? 'a different kind of value')}` }];
  }
  return [{ path, message: plainMessage(error, schema) }];
}

function parameterIssues(value: unknown, path: string): ValidationIssue[] {
  const messages = checkParameterShape(value);
  return (messages.length > 0 ? messages : ['must be a number, a formula (text) or a distribution {dist: ...}']).map((message) => ({ path, message }));
}

function discriminatedIssues(schema: SchemaNode, key: string, value: unknown, path: string): ValidationIssue[] {
  const variants = (schema.anyOf as SchemaNode[]) ?? [];
  const names = variants.map((variant) => (variant.properties as Record<string, SchemaNode>)[key]?.const as string);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [{ path, message: `must be an object with ${key}: one of ${names.join(', ')}` }];
  const chosen = (value as Record<string, unknown>)[key];
  const index = names.indexOf(chosen as string);
  if (index < 0) {
    return [{ path: childPath(path, key), message: `must be one of ${names.join(', ')} (got ${JSON.stringify(chosen)})` }];
  }
  return structuralIssues(variants[index], value, path);
}

function literalOptions(schema: SchemaNode): string[] | undefined {
  const options = schema.anyOf as SchemaNode[] | undefined;
  if (!options || !options.every((option) => 'const' in option)) return undefined;
  return options.map((option) => String(option.const));
}

function plainMessage(error: ValueError, schema: SchemaNode): string {
  switch (error.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return 'is required';
    case ValueErrorType.ObjectAdditionalProperties:
      return 'is not a known field';
    case ValueErrorType.Object:
      return 'must be an object';
    case ValueErrorType.Array:
      return 'must be a list';
    case ValueErrorType.ArrayMinItems:
      return `must have at least ${String(schema.minItems)} entries`;
    case ValueErrorType.ArrayMaxItems:
      return `must have at most ${String(schema.maxItems)} entries`;
    case ValueErrorType.Number:
      return 'must be a number';
    case ValueErrorType.Integer:
      return 'must be a whole number';
    case ValueErrorType.NumberMinimum:
    case ValueErrorType.IntegerMinimum:
      return `must be >= ${String(schema.minimum)}`;
    case ValueErrorType.NumberMaximum:
    case ValueErrorType.IntegerMaximum:
      return `must be <= ${String(schema.maximum)}`;
    case ValueErrorType.NumberExclusiveMinimum:
    case ValueErrorType.IntegerExclusiveMinimum:
      return `must be > ${String(schema.exclusiveMinimum)}`;
    case ValueErrorType.NumberExclusiveMaximum:
    case ValueErrorType.IntegerExclusiveMaximum:
      return `must be < ${String(schema.exclusiveMaximum)}`;
    case ValueErrorType.String:
      return 'must be text';
    case ValueErrorType.StringMinLength:
      return schema.minLength === 1 ? 'must not be empty' : `must have at least ${String(schema.minLength)} characters`;
    case ValueErrorType.StringMaxLength:
      return `must have at most ${String(schema.maxLength)} characters`;
    case ValueErrorType.StringPattern:
      return `must be ${String(schema.description ?? `text matching ${String(schema.pattern)}`)}`;
    case ValueErrorType.Boolean:
      return 'must be true or false';
    case ValueErrorType.Literal:
      return `must be ${JSON.stringify(schema.const)}`;
    default:
      return error.message;
  }
}
