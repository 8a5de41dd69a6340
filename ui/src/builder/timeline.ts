import { financialYearLabel } from '../../../engine/calendar/financial-calendar.ts';
import { INTERVENTION_KINDS } from './field-specs.ts';

export interface TimelineBar {
  readonly index: number;
  readonly label: string;
  readonly kindLabel: string;
  /** Month the change starts, 0 = April of the first year, clamped to the horizon. */
  readonly startMonth: number;
  /** True when the start lies outside the horizon or is not a month. */
  readonly outside: boolean;
}

export interface Timeline {
  readonly months: number;
  readonly years: readonly string[];
  readonly bars: readonly TimelineBar[];
}

/** Where each intervention starts on the horizon's months. */
export function buildTimeline(document: { horizon?: { firstYear?: number; years?: number }; interventions?: ReadonlyArray<Record<string, unknown>> }): Timeline {
  const firstYear = Number(document.horizon?.firstYear);
  const yearCount = Number(document.horizon?.years);
  if (!Number.isInteger(firstYear) || !Number.isInteger(yearCount) || yearCount < 1 || yearCount > 10) return { months: 0, years: [], bars: [] };
  const months = yearCount * 12;
  const bars = (document.interventions ?? []).map((intervention, index) => {
    const kind = INTERVENTION_KINDS.find((candidate) => candidate.value === intervention.kind);
    const from = typeof intervention.from === 'string' ? intervention.from : undefined;
    let startMonth = 0;
    let outside = false;
    if (from) {
      const match = /^(\d{4})-(\d{2})$/.exec(from);
      if (!match) outside = true;
      else {
        startMonth = (Number(match[1]) - firstYear) * 12 + (Number(match[2]) - 4);
        outside = startMonth < 0 || startMonth >= months;
        startMonth = Math.min(Math.max(startMonth, 0), months - 1);
      }
    }
    const name = typeof intervention.name === 'string' && intervention.name ? intervention.name : (kind?.label ?? String(intervention.kind));
    return { index, label: name, kindLabel: kind?.label ?? String(intervention.kind), startMonth, outside };
  });
  return { months, years: Array.from({ length: yearCount }, (_, year) => financialYearLabel(firstYear, year)), bars };
}
