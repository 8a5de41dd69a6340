// Okabe & Ito's colour-blind-safe palette (Color Universal Design, 2008),
// and the roles the app gives its colours. Every pair used together differs
// in lightness as well as hue, so the charts survive greyscale projectors.

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Series colours in order (yellow last: weak on white). */
export const SERIES = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple, OKABE_ITO.skyBlue, OKABE_ITO.vermillion, OKABE_ITO.black, OKABE_ITO.yellow] as const;

export const ROLE = {
  /** Meeting the control total, a better outcome. */
  good: OKABE_ITO.blue,
  /** Missing it, a worse outcome. */
  bad: OKABE_ITO.vermillion,
  /** The control total, a threshold or a plan line. */
  marker: OKABE_ITO.black,
  baseline: OKABE_ITO.skyBlue,
  alternative: OKABE_ITO.orange,
  neutral: '#6b6b6b',
  grid: '#d9d9d9',
} as const;

/** A colour with an alpha, for fills: `withAlpha('#0072B2', 0.3)`. */
export function withAlpha(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

/** The nth series colour, cycling. */
export function seriesColour(index: number): string {
  return SERIES[index % SERIES.length];
}

/** The faint "before your last change" of the classroom: light enough to sit behind the new result, dark enough to read as a shape on a projector. */
export const GHOST = '#a8a8a8';
