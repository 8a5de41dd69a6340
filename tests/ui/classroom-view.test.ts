import { describe, expect, it } from 'vitest';
import { classroomSizes, settingsFromQuery, settingsToQuery, widenRange } from '../../ui/src/classroom/classroom-view.ts';
import type { ClassroomSettings } from '../../ui/src/classroom/classroom.ts';

const preset: ClassroomSettings = { efficiencyTarget: 0.045, payAward: 0.035, riskShareRule: 'surplusCoversDeficit', bedCuts: 0, careOrBeds: 0 };

describe('classroom levers in the address', () => {
  it('write only the levers that differ from the preset, and read them back', () => {
    const moved: ClassroomSettings = { efficiencyTarget: 0.07, payAward: 0.035, riskShareRule: 'proRata', bedCuts: 100, careOrBeds: -1.5 };
    const query = settingsToQuery(moved, preset);
    expect(query).toBe('?efficiency=0.07&rule=proRata&beds=100&care=-1.5');
    expect(settingsFromQuery(query, preset)).toEqual(moved);
    expect(settingsToQuery(preset, preset)).toBe('');
  });

  it('ignore values a slider could not take, keeping the preset there', () => {
    expect(settingsFromQuery('?efficiency=0.5&pay=0.0333&rule=everyone&beds=15&care=4.2', preset)).toEqual(preset);
    expect(settingsFromQuery('?efficiency=abc&beds=-10', preset)).toEqual(preset);
    expect(settingsFromQuery('?pay=0.0525&beds=200', preset)).toEqual({ ...preset, payAward: 0.0525, bedCuts: 200 });
  });
});

describe('widenRange', () => {
  it('starts at the first range with a margin, then only widens', () => {
    const first = widenRange(undefined, -50, 10);
    expect(first).toEqual({ min: -53, max: 13 });
    expect(widenRange(first, -40, 5)).toEqual(first);
    expect(widenRange(first, -80, 0)).toEqual({ min: -84, max: 13 });
  });
});

describe('classroomSizes', () => {
  it('grows the text and the charts with the screen', () => {
    expect(classroomSizes(1280, 720)).toEqual({ fontSize: 15, chartHeight: 288 });
    expect(classroomSizes(1920, 1080)).toEqual({ fontSize: 22, chartHeight: 522 });
    expect(classroomSizes(1100, 600)).toEqual({ fontSize: 13, chartHeight: 240 });
    // Narrower, the charts stack and the text is larger: a 1024×768 projector.
    expect(classroomSizes(1024, 768)).toEqual({ fontSize: 19, chartHeight: 340 });
  });
});
