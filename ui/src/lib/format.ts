// Formatting at the edge: the engine works in £m and fractions throughout.

// A minus sign, joined to what follows so a line never breaks after it.
const MINUS = '\u2212\u2060';
const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** £m with a sensible precision: `£12.3m`, `−£4.5m`, `£1,234m`. */
export function formatMoney(millions: number): string {
  if (!Number.isFinite(millions)) return '–';
  const magnitude = Math.abs(millions);
  const text = magnitude >= 100 ? grouped.format(magnitude) : oneDecimal.format(magnitude);
  const negative = millions < 0 && text !== '0.0' && text !== '0';
  return `${negative ? MINUS : ''}£${text}m`;
}

/** £m with an explicit sign for a surplus: `+£2.0m`, `−£4.5m`. */
export function formatSignedMoney(millions: number): string {
  const text = formatMoney(millions);
  return millions > 0 && !/^£0\.0m$/.test(text) ? `+${text}` : text;
}

/** A probability as a whole percentage, never rounding a rare event to 0% or a near-certainty to 100%. */
export function formatProbability(probability: number): string {
  if (!Number.isFinite(probability)) return '–';
  if (probability <= 0) return '0%';
  if (probability >= 1) return '100%';
  if (probability < 0.005) return 'under 1%';
  if (probability > 0.995) return 'over 99%';
  return `${Math.round(probability * 100)}%`;
}

/**
 * A probability inside a sentence, where "under 1%" would not read: `31%`,
 * `fewer than 1%`, `more than 99%` (and `0%`, `100%` exactly).
 */
export function percentInWords(probability: number): string {
  const text = formatProbability(probability);
  return text === 'under 1%' ? 'fewer than 1%' : text === 'over 99%' ? 'more than 99%' : text;
}

/** "in" a share of trials, for a sentence: `in 31% of trials`, `in fewer than 1% of trials`, `in every trial`, `in no trial`. */
export function inTrials(probability: number): string {
  if (!Number.isFinite(probability)) return 'in – of trials';
  if (probability <= 0) return 'in no trial';
  if (probability >= 1) return 'in every trial';
  return `in ${percentInWords(probability)} of trials`;
}

/** A rate or share as a percentage with up to two decimals: 0.035 → `3.5%`. */
export function formatRate(fraction: number): string {
  if (!Number.isFinite(fraction)) return '–';
  const percent = Math.round(fraction * 10000) / 100;
  return `${percent < 0 ? MINUS : ''}${Math.abs(percent).toLocaleString('en-GB', { maximumFractionDigits: 2 })}%`;
}

/** A whole count with thousands separators. */
export function formatCount(count: number): string {
  return Number.isFinite(count) ? grouped.format(count) : '–';
}

/** A plain number for an axis or a preview, to about three significant figures. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const magnitude = Math.abs(value);
  const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
  const text = value.toLocaleString('en-GB', { maximumFractionDigits: digits });
  return text.replace('-', MINUS);
}

/**
 * A share in percentage points, to a tenth: `formatPoints(0.027)` → "2.7",
 * `formatPoints(0.03)` → "3.0"; with `trim`, whole points lose the ".0" ("3",
 * for an axis).
 */
export function formatPoints(share: number, trim = false): string {
  return (Math.round(share * 1000) / 10).toLocaleString('en-GB', { minimumFractionDigits: trim ? 0 : 1, maximumFractionDigits: 1 });
}

/** A duration for people: `4 s`, `1 min 20 s`, `2 h 5 min`. */
export function formatDuration(milliseconds: number): string {
  if (!Number.isFinite(milliseconds) || milliseconds < 0) return '–';
  const seconds = Math.round(milliseconds / 1000);
  if (seconds < 60) return `${Math.max(seconds, 1)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** A date and time from an ISO string, in the reader's locale: `3 Mar 2026, 14:05`. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** An identifier made from a name: `Hillside Hospital` → `hillside-hospital`. */
export function slugify(name: string, fallback = 'item'): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return /^[a-z]/.test(slug) ? slug : `${fallback}-${slug}`.replace(/-+$/, '');
}

/** £m for an axis tick: whole millions once they reach ten (`−£60m`, `£2.5m`). */
export function formatMoneyTick(millions: number): string {
  if (!Number.isFinite(millions)) return '';
  const magnitude = Math.abs(millions);
  const text = magnitude >= 10 || magnitude === 0 ? grouped.format(magnitude) : oneDecimal.format(magnitude);
  return `${millions < 0 && text !== '0' ? MINUS : ''}£${text}m`;
}
