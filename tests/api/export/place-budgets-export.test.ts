// Places that hold budgets in the results CSV and the command line's care table.
import { describe, expect, test } from 'vitest';
import { runScenario } from '../../../engine/index.ts';
import { resultsToCsv } from '../../../api/export/results-csv.ts';
import { careTable } from '../../../api/cli/care-table.ts';
import { formatSummaryTable } from '../../../api/cli/summary-table.ts';
import { careScenario } from '../../engine/model/care/care-fixtures.ts';

// Budget 0.0078 × £500m = £3.9m for continuing healthcare costing 100 × £1,000 × 52 = £5.2m: £1.3m cut, 25 people.
const document = careScenario({
  services: [{ id: 'chc', name: 'Continuing healthcare', kind: 'continuingHealthcare', users: 100, weeklyCost: 1000, funder: 'nhs', nhsFunder: 'icb', council: 'council' }],
}) as Record<string, any>;
document.systems[0].places = [{ id: 'north', name: 'North place', share: 0.0078, budget: { careServices: ['chc'], overspend: 'cutServices', cuts: ['chc'] } }];
const { results } = runScenario(document, { trials: 3, seed: 1 });

describe('a place that holds a budget, exported', () => {
  test('the CSV has its budget, cuts and position, one row per statistic, in £m', () => {
    const lines = resultsToCsv(results).split('\r\n');
    const row = (metric: string, statistic: string) => lines.find((line) => line.includes(`,north,North place,placeBudget,sys,2026/27,${metric},${statistic},`));
    expect(row('place.placeBudget', 'mean')).toMatch(/,3\.9,£m$/);
    expect(row('place.placeCuts', 'mean')).toMatch(/,1\.3,£m$/);
    expect(row('place.placePeopleCut', 'mean')).toMatch(/,25,people$/);
    expect(row('place.placePosition', 'mean')).toMatch(/,0,£m$/);
    expect(row('place.overspends', 'probability')).toMatch(/,1,probability$/);
  });

  test('the command line reports the place accounting check with the others', () => {
    expect(formatSummaryTable(results)).toMatch(/; largest error in a place's books \(spend = contracts \+ cuts \+ care held; position\) £\d\.\de[-+]\d+m$/m);
  });

  test('the command line names the services cut and the position', () => {
    const table = careTable(results).join('\n');
    expect(table).toContain('Places that hold budgets, 2026/27');
    expect(table).toMatch(/North place \(cuts chc\)\s+3\.90\s+5\.20\s+1\.30\s+0\.00\s+1\.30\s+25\s+0\.00\s+0\.0% of trials/);
  });
});
