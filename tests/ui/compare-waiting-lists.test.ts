// The compare page's waiting-list differences: their figures, how they are written and read.
import { describe, expect, test } from 'vitest';
import type { SummaryStatistics, WaitingListComparisonRow } from '../../ui/src/api/types.ts';
import { COMPARED_WAITING_LIST_FIGURES, signed, waitingListFormat, waitingListRowsOf, waitingListTableRows } from '../../ui/src/compare/waiting-list-differences.ts';
import { waitingListDifferenceReading } from '../../ui/src/results/readings.ts';

const stats = (values: Partial<SummaryStatistics>): SummaryStatistics => ({ mean: 0, sd: 1, p5: 0, p10: 0, p25: 0, p50: 0, p75: 0, p90: 0, p95: 0, min: 0, max: 0, ...values });
const row = (entityId: string, metric: WaitingListComparisonRow['metric'], year: number, mean: number): WaitingListComparisonRow => ({
  entityId,
  entityName: entityId.toUpperCase(),
  year,
  yearLabel: `202${5 + year}/2${6 + year}`,
  metric,
  baseline: stats({}),
  alternative: stats({}),
  difference: stats({ mean }),
  probabilityAlternativeHigher: mean > 0 ? 1 : 0,
  probabilityAlternativeLower: mean < 0 ? 0.94 : 0,
});

describe('waiting-list differences on the compare page', () => {
  test('are the list at the year end, the waits of 18 and 52 weeks or more, the operations done and the median wait', () => {
    expect(COMPARED_WAITING_LIST_FIGURES).toEqual(['listEnd', 'over18Weeks', 'over52Weeks', 'treated', 'medianWeeks']);
  });

  test('write patients whole and a median wait to a tenth of a week, a difference with its sign', () => {
    expect(waitingListFormat('listEnd')(1234.6)).toBe('1,235');
    expect(waitingListFormat('medianWeeks')(12.34)).toBe('12.3 weeks');
    expect(signed(waitingListFormat('listEnd'))(320.4)).toBe('+320');
    expect(signed(waitingListFormat('listEnd'))(-320.4)).toBe('\u2212\u2060320');
    expect(signed(waitingListFormat('listEnd'))(0.2)).toBe('0');
    expect(signed(waitingListFormat('medianWeeks'))(0.04)).toBe('0 weeks');
    expect(signed(waitingListFormat('medianWeeks'))(1.25)).toBe('+1.3 weeks');
  });

  test('pick one figure in one year for the chart, and list a year trust by trust in the order of the figures for the table', () => {
    const comparison = {
      waitingListRows: [row('a', 'medianWeeks', 0, 1), row('a', 'listEnd', 0, -3), row('a', 'rebooked', 0, 2), row('b', 'listEnd', 0, 4), row('a', 'listEnd', 1, 5)],
    };
    expect(waitingListRowsOf(comparison, 0, 'listEnd').map((item) => item.entityId)).toEqual(['a', 'b']);
    expect(waitingListTableRows(comparison, 0).map((item) => `${item.entityId} ${item.metric}`)).toEqual(['a listEnd', 'a medianWeeks', 'b listEnd']);
    expect(waitingListTableRows({}, 0)).toEqual([]);
  });

  test('read in words from the catalogue: patients whole, the median wait to a tenth of a week, ties apart', () => {
    expect(waitingListDifferenceReading(row('Imperial', 'listEnd', 0, -320.4), 'Keep the beds')).toBe(
      'On the same patients, Keep the beds gives IMPERIAL 320 fewer patients on the waiting list at the year end on average (fewer in 94% of trials, the same in 6%).',
    );
    expect(waitingListDifferenceReading(row('Imperial', 'medianWeeks', 0, 1.26), 'Keep the beds')).toBe(
      'On the same patients, Keep the beds gives IMPERIAL 1.3 more weeks of median wait at the year end on average (more in every trial).',
    );
    expect(waitingListDifferenceReading(row('Imperial', 'over52Weeks', 0, 0.3), 'Keep the beds')).toBe(
      'On the same patients, Keep the beds makes no difference to patients waiting 52 weeks or more at the year end at IMPERIAL.',
    );
  });
});
