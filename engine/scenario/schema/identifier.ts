import { Type, type TLiteral, type TUnion } from '@sinclair/typebox';

/** Ids and names used in formulas: a letter, then letters, digits, `_` or `-` (no `-` in formula names). */
export const IdSchema = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_-]{0,63}$', description: 'an identifier (a letter, then letters, digits, _ or -)' });
export const FormulaNameSchema = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]{0,63}$', description: 'a name usable in formulas (a letter, then letters, digits or _)' });
export const LabelSchema = Type.String({ minLength: 1, maxLength: 200 });
export const ShareSchema = Type.Number({ minimum: 0, maximum: 1, description: 'A fraction between 0 and 1' });

/**
 * A union of string literals that keeps its literal type, e.g. `literalUnion(['block', 'activity'])`;
 * with `titles`, each literal carries the title a form shows for it (the validator lists the values).
 */
export function literalUnion<T extends string>(values: readonly T[], options: { description?: string } = {}, titles?: Readonly<Record<T, string>>): TUnion<TLiteral<T>[]> {
  return Type.Union(values.map((value) => (titles ? Type.Literal(value, { title: titles[value] }) : Type.Literal(value))) as TLiteral<T>[], options);
}
