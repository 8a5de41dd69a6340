// Organisation names beside the bars of a horizontal chart, kept whole.
// chart.js lets the category axis take at most half of the width its layout
// padding leaves (layouts.update: vBoxMaxWidth = availableWidth / 2) and
// right-aligns labels against the axis, so a label wider than that runs off
// the canvas's left edge: "Riverside Community Health" read "mmunity Health"
// once the value labels' padding grew. Labels are wrapped to that room.
import { wrapLabel } from '../lib/text.ts';

/** Width of a text in the font it is drawn in, in CSS pixels. */
export type MeasureText = (text: string) => number;

/**
 * What chart.js puts between a category label and the bars: the tick mark
 * (grid.tickLength, 8 px) and the tick padding on both sides (ticks.padding, 3 px).
 */
export const TICK_ROOM = 8 + 2 * 3;

/**
 * The widest a label line may be on the category (y) axis of a horizontal
 * chart `chartWidth` px wide with `horizontalPadding` px of layout padding
 * (left plus right): half of what the padding leaves, less {@link TICK_ROOM}.
 * @example categoryLabelRoom(400, 88) // 142
 */
export function categoryLabelRoom(chartWidth: number, horizontalPadding: number): number {
  return Math.max(0, (chartWidth - horizontalPadding) / 2 - TICK_ROOM);
}

/**
 * A label as chart.js takes it: the usual wrap at about `preferredCharacters`
 * characters a line when every line is at most `maxWidth` px wide, else
 * wrapped at spaces by measured width. A single word wider than `maxWidth`
 * keeps a line of its own (the axis then widens to it: see {@link widestLine}).
 * @example fitLabel('Riverside Community Health', 120, (text) => text.length * 10, 16) // ['Riverside', 'Community', 'Health']
 */
export function fitLabel(text: string, maxWidth: number, measure: MeasureText, preferredCharacters = 26): string | string[] {
  const usual = wrapLabel(text, preferredCharacters);
  if ((Array.isArray(usual) ? usual : [usual]).every((line) => measure(line) <= maxWidth)) return usual;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const longer = line ? `${line} ${word}` : word;
    if (line && measure(longer) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines.length === 1 ? lines[0] : lines;
}

/** The widest line of any of the labels, in px. */
export function widestLine(labels: readonly unknown[], measure: MeasureText): number {
  return Math.max(0, ...labels.flatMap((label) => (Array.isArray(label) ? label : [label])).map((line) => measure(String(line))));
}

/** A measurer for a CSS font (`18px system-ui, sans-serif`), on a canvas of its own. */
export function textMeasurer(font: string): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * Number.parseFloat(font) * 0.6;
  context.font = font;
  return (text) => context.measureText(text).width;
}
