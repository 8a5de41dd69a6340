import { describe, expect, it } from 'vitest';
import { placeMarkerLabels } from '../../ui/src/charts/marker-labels.ts';

describe('placeMarkerLabels', () => {
  it('puts each label right of its line, on the top row, when they are apart', () => {
    expect(
      placeMarkerLabels(
        [
          { x: 50, width: 30 },
          { x: 200, width: 30 },
        ],
        400,
        420,
      ),
    ).toEqual([
      { x: 56, row: 0 },
      { x: 206, row: 0 },
    ]);
  });

  it('drops a label that would cover another to the next row (85%, 92% and 100% close together)', () => {
    expect(
      placeMarkerLabels(
        [
          { x: 100, width: 30 },
          { x: 120, width: 30 },
          { x: 140, width: 30 },
          { x: 300, width: 30 },
        ],
        400,
        420,
      ),
    ).toEqual([
      { x: 106, row: 0 },
      { x: 126, row: 1 },
      { x: 146, row: 0 },
      { x: 306, row: 0 },
    ]);
  });

  it('puts a label left of its line near the right edge, and never off the canvas', () => {
    expect(placeMarkerLabels([{ x: 390, width: 30 }], 400, 420)).toEqual([{ x: 354, row: 0 }]);
    expect(placeMarkerLabels([{ x: 1, width: 500 }], 400, 420)).toEqual([{ x: 2, row: 0 }]);
  });
});
