/** Where a marker's label goes: its left edge and its row (0 at the top of the plot, 1 below it, ...). */
export interface LabelPlace {
  readonly x: number;
  readonly row: number;
}

/**
 * Places the labels of a chart's markers (85%, 92%, 100%) so none covers
 * another: each goes right of its line if it fits before `right`, else left
 * of it, never past `[0, canvasWidth]`; a label that would overlap one already
 * placed on a row drops to the next row down.
 * @example
 * placeMarkerLabels([{ x: 100, width: 30 }, { x: 110, width: 30 }], 400, 420) // [{x: 106, row: 0}, {x: 116, row: 1}]
 */
export function placeMarkerLabels(labels: ReadonlyArray<{ readonly x: number; readonly width: number }>, right: number, canvasWidth: number, gap = 6): LabelPlace[] {
  const rows: Array<Array<{ from: number; to: number }>> = [];
  return labels.map(({ x, width }) => {
    const preferred = x + gap + width <= right ? x + gap : x - gap - width;
    const left = Math.max(2, Math.min(preferred, canvasWidth - width - 2));
    const span = { from: left - 2, to: left + width + 2 };
    let row = 0;
    while (rows[row]?.some((placed) => span.from < placed.to && placed.from < span.to)) row++;
    (rows[row] ??= []).push(span);
    return { x: left, row };
  });
}
