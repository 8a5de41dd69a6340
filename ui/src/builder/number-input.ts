// Kept apart from parameter.ts so a number box does not pull in the engine's distributions.

/**
 * Reads what a person typed as a number: `1,200`, `3.5%` (→ 0.035), `−4`.
 * Returns undefined for an empty box (the value is unset) and null when the
 * text is not a number.
 */
export function parseNumberInput(text: string): number | undefined | null {
  const trimmed = text.trim().replace(/[\u2212\u2013]/g, '-').replace(/,/g, '').replace(/^£/, '');
  if (trimmed === '') return undefined;
  const percent = trimmed.endsWith('%');
  const body = percent ? trimmed.slice(0, -1).trim() : trimmed;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(body)) return null;
  const value = Number(body);
  if (!Number.isFinite(value)) return null;
  return percent ? Number((value / 100).toPrecision(12)) : value;
}
