import { CloneType, type TSchema } from '@sinclair/typebox';

/**
 * How a number is read: money in £m, a rate a year or a share (fractions,
 * 0.03 = 3%), pounds, a count, days, or a plain number (a year, a seed).
 * Forms and exports decide their hints and formats from it.
 */
export const UNITS = ['money', 'rate', 'share', 'pounds', 'count', 'days', 'plain'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * What a form says about a field: its `title` (JSON Schema's own keyword),
 * a line of help in plain words (`x-help`) and the unit of a number
 * (`x-unit`). Ranges are the schema's own `minimum` and `maximum`.
 */
export interface FieldAnnotation {
  readonly title: string;
  readonly help?: string;
  readonly unit?: Unit;
}

/**
 * A copy of a schema carrying a form's title, help and unit. Validation never
 * reads these keywords, so what the copy accepts and the messages it gives
 * are those of the original.
 * @example annotate(ParameterSchema, { title: 'Savings target', unit: 'share' })
 */
export function annotate<T extends TSchema>(schema: T, annotation: FieldAnnotation): T {
  const keywords: Record<string, unknown> = { title: annotation.title };
  if (annotation.help !== undefined) keywords['x-help'] = annotation.help;
  if (annotation.unit !== undefined) keywords['x-unit'] = annotation.unit;
  return CloneType(schema, keywords) as T;
}
