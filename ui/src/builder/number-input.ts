// Kept apart from parameter.ts so a number box does not pull in the engine's distributions.

/**
 * Reads what a person typed as a number: `1,200`, `3.5%` (→ 0.035), `−4`.
 * Returns undefined for an empty box (the value is unset) and null when the
 * text is not a number, or is a percentage where `percentAllowed` is false
 * (an amount in £m, a count: `5%` there would silently mean 0.05).
 */
export function parseNumberInput(text: string, percentAllowed = true): number | undefined | null {
  const trimmed = text
    .trim()
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/,/g, '')
    .replace(/^£/, '');
  if (trimmed === '') return undefined;
  const percent = trimmed.endsWith('%');
  if (percent && !percentAllowed) return null;
  const body = percent ? trimmed.slice(0, -1).trim() : trimmed;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(body)) return null;
  const value = Number(body);
  if (!Number.isFinite(value)) return null;
  return percent ? Number((value / 100).toPrecision(12)) : value;
}

/** What a box that must hold a value says when it is emptied: the value is kept, and the box stays empty and flagged until a number is typed. */
export const EMPTY_BOX = 'Enter a number: this value cannot be left empty';

/**
 * What is wrong with text typed into a number box, or '' when it reads as a
 * number (a whole one, if `integer`; without %, unless `percentAllowed`).
 */
export function numberProblem(text: string, integer = false, percentAllowed = true): string {
  const parsed = parseNumberInput(text, percentAllowed);
  if (parsed !== null && !(integer && typeof parsed === 'number' && !Number.isInteger(parsed))) return '';
  const shown = text.trim().length > 24 ? `${text.trim().slice(0, 23)}…` : text.trim();
  if (!percentAllowed && parseNumberInput(text) !== null) return `Enter the number itself, not a percentage: this is not a rate or a share (“${shown}”)`;
  if (integer) return `Enter a whole number, not “${shown}”`;
  return percentAllowed ? `Enter a number, such as 12.5, -4 or 3.5%, not “${shown}”` : `Enter a number, such as 12.5 or -4, not “${shown}”`;
}
