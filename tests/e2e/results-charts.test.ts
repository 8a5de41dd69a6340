// The charts of a three-year run: the Year selector (properly labelled) moves
// every chart, the fan chart included; the tornado names its inputs in words;
// bar values are never cut off at the right edge; the bed charts have their numbers.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { apiRequest, pagePerTest, screenshot, SCREENSHOTS, seriousViolations, waitForRun } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;
let runId: string | undefined;

pagePerTest((opened) => (page = opened));

/** A finished run of the three-year system-control-total preset; on seed 2, one trust meets its total in 399 trials of 400 ("over 99%"). */
async function threeYearRun(): Promise<string> {
  if (runId) return runId;
  const { id } = await apiRequest<{ id: string }>(baseUrl, 'POST', '/runs', { scenarioId: 'preset-system-control-total', trials: 400, seed: 10 });
  expect(await waitForRun(baseUrl, id)).toBe('done');
  runId = id;
  return id;
}

describe('the charts of a run', () => {
  test('the Year selector has its own name, and the month-by-month chart follows it', async () => {
    await page.goto(`${baseUrl}/runs/${await threeYearRun()}`);
    await page.locator('#fan canvas').waitFor({ timeout: 60_000 });
    // Named by its label alone, not by its options as well.
    const year = page.getByRole('combobox', { name: 'Year', exact: true });
    expect(await year.count()).toBe(1);
    expect(await page.locator('#fan .reading').innerText()).toMatch(/^By Mar 2026, /);
    expect(await page.locator('#fan h3').innerText()).toBe('Month by month, 2025/26: year-to-date position against plan');
    await year.selectOption({ label: '2026/27' });
    await expect.poll(() => page.locator('#fan .reading').innerText()).toMatch(/^By Mar 2027, /);
    expect(await page.locator('#fan h3').innerText()).toBe('Month by month, 2026/27: year-to-date position against plan');
    await page.locator('#fan summary').click();
    const months = await page.locator('#fan table tbody th').allInnerTexts();
    expect([months[0], months.at(-1), months.length]).toEqual(['Apr 2026', 'Mar 2027', 12]);
    expect(await page.getByRole('combobox', { name: 'Show', exact: true }).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the tornado names its inputs in words, with where each is in the scenario in its numbers', async () => {
    await page.goto(`${baseUrl}/runs/${await threeYearRun()}`);
    await page.locator('#tornado canvas').waitFor({ timeout: 60_000 });
    const reading = await page.locator('#tornado .reading').innerText();
    expect(reading).not.toMatch(/drivers\.|parameters\.|[a-z][A-Z]/);
    await page.locator('#tornado summary').click();
    const rows = await page.locator('#tornado table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 2).map((cell) => (cell as HTMLElement).innerText)));
    expect(rows.length).toBeGreaterThan(2);
    for (const [label] of rows) expect(label).not.toMatch(/^(drivers|parameters)\.|[a-z][A-Z]/);
    const payAward = rows.find(([, path]) => /^drivers\.payAward \(\d{4}\/\d{2}\)$/.test(path));
    expect(payAward?.[0]).toMatch(/^Pay award \(\d{4}\/\d{2}\)$/);
    await screenshot(page, '21-results-three-years');
  });

  test('bar values are drawn whole, never cut off at the right edge', async () => {
    await page.goto(`${baseUrl}/runs/${await threeYearRun()}`);
    for (const id of ['probability', 'risk-share']) {
      const canvas = page.locator(`#${id} canvas`).first();
      await canvas.waitFor({ timeout: 60_000 });
      // The widest label there is, drawn at the end of the longest bars.
      expect(
        await page
          .locator(`#${id} table`)
          .first()
          .evaluate((table) => table.textContent),
      ).toContain('over 99%');
      // The last few columns of pixels stay background: no label runs into the edge.
      const inked = await canvas.evaluate((element) => {
        const context = (element as HTMLCanvasElement).getContext('2d')!;
        const { width, height } = element as HTMLCanvasElement;
        const { data } = context.getImageData(width - 4, 0, 4, height);
        let dark = 0;
        for (let index = 0; index < data.length; index += 4) if (data[index] + data[index + 1] + data[index + 2] < 3 * 160) dark++;
        return dark;
      });
      expect(inked, id).toBe(0);
    }
  });

  test('"How full, day by day" has its numbers: each trust\'s share of days in each band, and the spread of days', async () => {
    const { id } = await apiRequest<{ id: string }>(baseUrl, 'POST', '/runs', { scenarioId: 'preset-teaching', trials: 200, seed: 4 });
    expect(await waitForRun(baseUrl, id)).toBe('done');
    const results = await apiRequest<{ beds: Array<{ dailyOccupancyQuantiles: { p5: number; p50: number; p95: number }; metrics: { daysAbove100: { mean: number } } }> }>(
      baseUrl,
      'GET',
      `/runs/${id}/results`,
    );
    await page.goto(`${baseUrl}/runs/${id}`);
    const figure = page.locator('#beds-daily');
    await figure.locator('canvas').waitFor({ timeout: 60_000 });
    // A share of days over 100% is never rounded to "0%" when some days were: it reads "fewer than 1%".
    const over100 = results.beds[0].metrics.daysAbove100.mean / 365;
    const expected = over100 === 0 ? '0%' : over100 < 0.005 ? 'fewer than 1%' : `${Math.round(over100 * 100)}%`;
    expect(await figure.locator('.reading').innerText()).toMatch(new RegExp(`over 100% \\(escalation beds open\\) on ${expected}\\.$`));
    await figure.getByText('The numbers').click();
    const table = figure.locator('table');
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Trust', 'Under 85%', '85\u2060–\u206092%', '92\u2060–\u2060100%', '100% or more', 'Middle day (90% of days)']);
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText)));
    expect(rows.map((row) => row[0])).toEqual(['Riverside University Hospitals NHS FT']);
    const [, ...bands] = rows[0];
    for (const share of bands.slice(0, 4)) expect(share).toMatch(/^(\d+%|under 1%|over 99%)$/);
    const whole = (share: string) => (share === 'under 1%' ? 0.5 : share === 'over 99%' ? 99.5 : Number.parseInt(share, 10));
    // Whole percentages of every day: they add up to 100, give or take rounding.
    expect(Math.abs(bands.slice(0, 4).reduce((sum, share) => sum + whole(share), 0) - 100)).toBeLessThanOrEqual(2);
    const { p5, p50, p95 } = results.beds[0].dailyOccupancyQuantiles;
    const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;
    expect(bands[4]).toBe(`${percent(p50)} (${percent(p5)}–${percent(p95)})`);
    await figure.scrollIntoViewIfNeeded();
    await figure.screenshot({ path: join(SCREENSHOTS, '30-results-daily-occupancy-numbers.png') });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('beds show the A&E 4-hour performance lost to crowding, read from the same results', async () => {
    const { id } = await apiRequest<{ id: string }>(baseUrl, 'POST', '/runs', { scenarioId: 'preset-teaching', trials: 200, seed: 4 });
    expect(await waitForRun(baseUrl, id)).toBe('done');
    const results = await apiRequest<{ beds: Array<{ metrics: { fourHourPointsLost: { p5: number; p50: number; p95: number } } }> }>(baseUrl, 'GET', `/runs/${id}/results`);
    const lost = results.beds[0].metrics.fourHourPointsLost;
    const points = (share: number) => (Math.round(share * 1000) / 10).toFixed(1);
    await page.goto(`${baseUrl}/runs/${id}`);
    await page.locator('#beds-four-hour canvas').waitFor({ timeout: 60_000 });
    expect(await page.locator('#beds-four-hour .reading').innerText()).toBe(
      `In the middle trial, crowding costs Riverside University Hospitals NHS FT's A&E ${points(lost.p50)} points of 4-hour performance on average over the year (90% of trials: ${points(lost.p5)} to ${points(lost.p95)}).`,
    );
    await page.locator('#beds-four-hour').scrollIntoViewIfNeeded();
    await screenshot(page, '22-results-four-hour', false);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
