// The places on the results page: the care-boundary preset with two places that hold budgets
// (one cuts continuing healthcare, one draws on the system reserve for the hospital's contract).
// The table reads the engine's place results, figure for figure; the page passes axe-core.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, inject, test } from 'vitest';
import type { RunResults } from '../../engine/index.ts';
import { formatMoney, formatProbability } from '../../ui/src/lib/format.ts';
import { apiRequest, openPage, pagePerTest, seriousViolations, waitForRun } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;
const session = pagePerTest((opened) => (page = opened));

/** The care-boundary preset with places: North holds continuing healthcare (about £34m) on about £32m and cuts it; South holds the hospital's £721m contract on £719m and draws on a reserve of £0m–£4m. */
function placesDocument() {
  const document = parse(readFileSync(resolve(import.meta.dirname, '../../scenarios/care-boundary.yaml'), 'utf8'));
  const system = document.systems[0];
  system.places = [
    { id: 'north', name: 'North Riverside', share: 0.024, budget: { careServices: ['chc'], overspend: 'cutServices', cuts: ['chc'] } },
    { id: 'south', name: 'South Riverside', share: 0.537, budget: { contracts: ['riverside-hospital'], overspend: 'systemReserve' } },
  ];
  system.placeReserve = { dist: 'uniform', min: 0, max: 4 };
  system.organisations.find((organisation: { id: string }) => organisation.id === 'riverside-hospital').place = 'south';
  return { ...document, name: 'Care across the boundary, with places' };
}

describe('the places on the results page', () => {
  test('each place: what it holds, its budget, spend and position with their 90% ranges, and its chances, as the engine reported them', async () => {
    const { id: scenarioId } = await apiRequest<{ id: string }>(baseUrl, 'POST', '/scenarios', { document: placesDocument() });
    const { id } = await apiRequest<{ id: string }>(baseUrl, 'POST', '/runs', { scenarioId, trials: 400, seed: 7 });
    expect(await waitForRun(baseUrl, id)).toBe('done');
    const results = await apiRequest<RunResults>(baseUrl, 'GET', `/runs/${id}/results`);
    expect(results.accountingChecks.largestPlaceImbalance).toBeLessThan(1e-9);
    await page.goto(`${baseUrl}/runs/${id}`);
    const table = page.locator('#place-budgets');
    await table.waitFor({ timeout: 60_000 });
    expect(await page.locator('#places-heading').innerText()).toBe('Places, 2026/27');
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => (cell as HTMLElement).innerText)));
    const expected = (year: number) =>
      results
        .placeBudgets!.filter((row) => row.year === year)
        .map((row) => [
          row.name,
          row.placeId === 'north' ? 'NHS continuing healthcare (in care homes) (NHS part)' : 'Riverside Hospital NHS Trust’s contract',
          formatMoney(row.metrics.placeBudget.mean),
          formatMoney(row.metrics.placeSpend.mean),
          `${formatMoney(row.metrics.placeSpend.p5)} to ${formatMoney(row.metrics.placeSpend.p95)}`,
          formatMoney(row.metrics.placePosition.mean),
          `${formatMoney(row.metrics.placePosition.p5)} to ${formatMoney(row.metrics.placePosition.p95)}`,
          formatProbability(1 - row.probabilityPlaceOverspend),
          formatProbability(row.probabilityPlaceUnfunded),
          expect.stringMatching(
            row.placeId === 'north' ? /^Cuts NHS continuing healthcare \(in care homes\): £[\d.]+m and [\d,]+ people on average$/ : /^Draws on the system reserve: £[\d.]+m on average$/,
          ),
        ]);
    expect(rows).toEqual(expected(0));
    // The run is one that shows something: North cuts in some trials but not all, South is left over budget in some.
    const north = results.placeBudgets!.find((row) => row.placeId === 'north' && row.year === 0)!;
    const south = results.placeBudgets!.find((row) => row.placeId === 'south' && row.year === 0)!;
    expect([north.probabilityPlaceOverspend > 0, north.probabilityPlaceOverspend < 1, south.probabilityPlaceUnfunded > 0]).toEqual([true, true, true]);
    expect(await page.locator('.places .reading').innerText()).toMatch(
      /^In 2026\/27, North Riverside spends within its budget of £[\d.]+m in \d+% of trials, and is left over it, after its cuts, in no trial; South Riverside spends within its budget of £\d+m in no trial, and is left over it, after drawing on the reserve, in \d+% of trials\.$/,
    );
    // The hospital's place: its organisations together.
    expect(await page.locator('#place-organisations tbody th').allInnerTexts()).toEqual(['South Riverside']);
    expect(await page.locator('.results > .meta-line').innerText()).toMatch(/Every place's books balanced .* to within £0\.0m\./);
    // Another year: the table follows the picker.
    await page.locator('.results > .controls select').first().selectOption({ label: '2028/29' });
    await expect.poll(() => page.locator('#places-heading').innerText()).toBe('Places, 2028/29');
    expect(await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => (cell as HTMLElement).innerText)))).toEqual(expected(2));
    expect(await seriousViolations(page)).toEqual([]);

    const shots = '/tmp/shots-care';
    mkdirSync(shots, { recursive: true });
    await page.locator('.places').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/places-1280x720.png` });
    const wide = await openPage(session.browser, { width: 1920, height: 1080 });
    await wide.page.goto(`${baseUrl}/runs/${id}`);
    await wide.page.locator('#place-budgets').waitFor({ timeout: 60_000 });
    await wide.page.locator('.places').scrollIntoViewIfNeeded();
    await wide.page.screenshot({ path: `${shots}/places-1920x1080.png` });
    expect(wide.errors).toEqual([]);
    await wide.page.context().close();
  });
});
