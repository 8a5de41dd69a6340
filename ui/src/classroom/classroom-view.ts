// What the classroom page shows besides the engine's results: lever positions
// kept in the page's address (so a teacher can bookmark or share a set-up),
// axes that hold still while levers move, and sizes that follow the screen.
import type { RiskShareRule } from '../../../engine/index.ts';
import { RULE_CHOICES, type ClassroomSettings } from './classroom.ts';

/** The levers' ranges and steps, as the sliders offer them. */
export const LEVER_RANGES = {
  efficiencyTarget: { min: 0, max: 0.1, step: 0.0025 },
  payAward: { min: 0, max: 0.1, step: 0.0025 },
  bedCuts: { min: 0, max: 200, step: 10 },
  careOrBeds: { min: -4, max: 4, step: 0.5 },
} as const;

const QUERY_KEYS = { efficiencyTarget: 'efficiency', payAward: 'pay', riskShareRule: 'rule', bedCuts: 'beds', careOrBeds: 'care' } as const;

/** A value a slider can take: inside its range and on one of its steps (to a millionth). */
function onSlider(text: string | null, range: { min: number; max: number; step: number }): number | undefined {
  if (text === null || text.trim() === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < range.min || value > range.max) return undefined;
  const steps = (value - range.min) / range.step;
  return Math.abs(steps - Math.round(steps)) < 1e-6 ? Number((range.min + Math.round(steps) * range.step).toFixed(6)) : undefined;
}

/**
 * The levers written in a page address's query (`?efficiency=0.06&pay=0.05&rule=proRata&beds=50`),
 * each over the preset's own setting; a value a slider could not take is ignored.
 */
export function settingsFromQuery(search: string, preset: ClassroomSettings): ClassroomSettings {
  const query = new URLSearchParams(search);
  const rule = query.get(QUERY_KEYS.riskShareRule);
  return {
    efficiencyTarget: onSlider(query.get(QUERY_KEYS.efficiencyTarget), LEVER_RANGES.efficiencyTarget) ?? preset.efficiencyTarget,
    payAward: onSlider(query.get(QUERY_KEYS.payAward), LEVER_RANGES.payAward) ?? preset.payAward,
    riskShareRule: RULE_CHOICES.some((choice) => choice.value === rule) ? (rule as RiskShareRule) : preset.riskShareRule,
    bedCuts: onSlider(query.get(QUERY_KEYS.bedCuts), LEVER_RANGES.bedCuts) ?? preset.bedCuts,
    careOrBeds: onSlider(query.get(QUERY_KEYS.careOrBeds), LEVER_RANGES.careOrBeds) ?? preset.careOrBeds,
  };
}

/** The query that records the levers that differ from the preset's (empty when none do). */
export function settingsToQuery(settings: ClassroomSettings, preset: ClassroomSettings): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(QUERY_KEYS) as Array<keyof ClassroomSettings>) {
    if (settings[key] !== preset[key]) query.set(QUERY_KEYS[key], String(settings[key]));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

export interface AxisRange {
  readonly min: number;
  readonly max: number;
}

/**
 * An axis that only ever widens: the range so far stretched to cover
 * [min, max] with a margin of `pad` of the new span on each side, so a lever
 * moved back and forth leaves the picture where it was.
 */
export function widenRange(range: AxisRange | undefined, min: number, max: number, pad = 0.05): AxisRange {
  const margin = (max - min) * pad;
  const wanted = { min: min - margin, max: max + margin };
  if (!range) return wanted;
  return { min: Math.min(range.min, wanted.min), max: Math.max(range.max, wanted.max) };
}

/** Below this width the charts stack in one column (the page then scrolls), as on a 1024×768 projector. */
export const STACKED_BELOW = 1100;

/**
 * Font and chart sizes for a screen of this size. From 1100 pixels wide the
 * three charts sit side by side and everything fits on one screen (1280×720:
 * 15 px text and 288 px charts; 1920×1080: 22 px and 522 px); narrower, they
 * stack, with larger text, and the page scrolls.
 */
export function classroomSizes(width: number, height: number): { fontSize: number; chartHeight: number } {
  if (width < STACKED_BELOW) return { fontSize: 19, chartHeight: 340 };
  const fontSize = Math.round(Math.min(24, Math.max(13, width / 88)));
  // The header, the page title, each figure's title, reading and note take the rest: 40% of a 720-pixel
  // screen, and a quarter of every pixel beyond it (the text grows too).
  const chartHeight = Math.round(Math.max(170, Math.min(height * 0.4 + Math.max(0, height - 720) * 0.25, width * 0.3)));
  return { fontSize, chartHeight };
}
