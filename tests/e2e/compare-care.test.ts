// The care services in a comparison: the care-boundary preset against the same scenario with a
// larger CHC reassessment (half to all of the people re-designated), on the compare run's page.
// The table shows the engine's trial-by-trial differences; the page passes axe-core.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, inject, test } from 'vitest';
import type { Comparison } from '../../engine/index.ts';
import { careDifferenceLines } from '../../ui/src/compare/care-differences.ts';
import { apiRequest, pagePerTest, seriousViolations, waitForRun } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;
pagePerTest((opened) => (page = opened));

describe('care services in a comparison', () => {
  test('the difference in the cost and in what the NHS, councils and people pay, per service, with 90% ranges', async () => {
    const document = parse(readFileSync(resolve(import.meta.dirname, '../../scenarios/care-boundary.yaml'), 'utf8'));
    document.name = 'Care across the boundary, a larger reassessment';
    document.interventions[0].share = { dist: 'uniform', min: 0.5, max: 1 };
    const { id: larger } = await apiRequest<{ id: string }>(baseUrl, 'POST', '/scenarios', { document });
    const started = await apiRequest<{ id: string }>(baseUrl, 'POST', '/compare', { baseline: { scenarioId: 'preset-care-boundary' }, alternative: { scenarioId: larger }, trials: 300, seed: 5 });
    expect(await waitForRun(baseUrl, started.id)).toBe('done');
    const comparison = await apiRequest<Comparison>(baseUrl, 'GET', `/runs/${started.id}/results`);
    await page.goto(`${baseUrl}/runs/${started.id}`);
    const table = page.locator('#care-differences');
    await table.waitFor({ timeout: 60_000 });
    expect(await page.locator('#care-differences-heading').innerText()).toBe('Social care: the difference, 2026/27');
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => (cell as HTMLElement).innerText.replace(/\s*\n\s*/g, ' | '))));
    expect(rows).toEqual(careDifferenceLines(comparison, 0).map((line) => [line.name, ...line.cells.map((cell) => `${cell.mean} | ${cell.range}`)]));
    expect(rows.map((row) => row[0])).toEqual(['NHS continuing healthcare (in care homes)', 'Council-funded residential care', 'Home care', 'Reablement']);
    // Re-designating more people moves more off the NHS and onto people: the NHS pays less and people more in every trial.
    const chc = (metric: string) => comparison.careRows!.find((row) => row.serviceId === 'chc' && row.year === 1 && row.metric === metric)!;
    expect([chc('careNhsCost').difference.p95 < 0, chc('carePeopleCost').difference.p5 > 0]).toEqual([true, true]);
    expect(await page.locator('.care-differences .reading').innerText()).toMatch(
      /^Against .+, under .+ in 2026\/27 the NHS pays £[\d.]+m less for care on average, councils £[\d.]+m more and people £[\d.]+m more of their own money; the care costs .+ in all\.$/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    mkdirSync('/tmp/shots-care', { recursive: true });
    await page.locator('.care-differences').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots-care/compare-care-1280x720.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator('.care-differences').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots-care/compare-care-1920x1080.png' });
  });
});
