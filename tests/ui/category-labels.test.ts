import { describe, expect, test } from 'vitest';
import { categoryLabelRoom, fitLabel, TICK_ROOM, widestLine } from '../../ui/src/charts/category-labels.ts';

// A font where every character is 10 px wide, so widths are worked by hand.
const tenPixels = (text: string) => text.length * 10;

describe('category labels beside horizontal bars', () => {
  test('the room for a label is half of what the layout padding leaves, less the tick mark and padding', () => {
    // chart.js layouts.update: vBoxMaxWidth = (width - padding) / 2; the axis keeps 8 + 2×3 px for the tick.
    expect(TICK_ROOM).toBe(14);
    expect(categoryLabelRoom(400, 88)).toBe(142);
    // The classroom's chart at 1280×720 after the levers move: 413 px wide, 87 px kept for "under 1%".
    expect(categoryLabelRoom(413, 87)).toBe(149);
    expect(categoryLabelRoom(20, 88)).toBe(0);
  });

  test('a label keeps its usual wrap when every line fits', () => {
    expect(fitLabel('Riverside ICB', 200, tenPixels, 16)).toBe('Riverside ICB');
    expect(fitLabel('Riverside Community Health', 200, tenPixels, 16)).toEqual(['Riverside', 'Community Health']);
  });

  test('a label whose usual lines are too wide is wrapped to the room, word by word', () => {
    // "Community Health" is 160 px: too wide for 150, so it breaks again ("mmunity Health" was what showed).
    expect(fitLabel('Riverside Community Health', 150, tenPixels, 16)).toEqual(['Riverside', 'Community', 'Health']);
    expect(fitLabel('Riverside Council adult social care', 150, tenPixels, 16)).toEqual(['Riverside', 'Council adult', 'social care']);
    // Every line fits the room, and no word is lost.
    const lines = fitLabel('Riverside University Hospitals (system)', 120, tenPixels) as string[];
    expect(lines.every((line) => tenPixels(line) <= 120)).toBe(true);
    expect(lines.join(' ')).toBe('Riverside University Hospitals (system)');
  });

  test('a word wider than the room keeps a line of its own, and the widest line says how wide the axis must be', () => {
    expect(fitLabel('Riverside Community Health', 80, tenPixels, 16)).toEqual(['Riverside', 'Community', 'Health']);
    expect(widestLine([['Riverside', 'Community'], 'ICB'], tenPixels)).toBe(90);
    expect(widestLine([], tenPixels)).toBe(0);
  });
});
