// Two saved runs of the bed-cuts preset compared (the closures, and the same
// scenario keeping its beds): the compare page shows each trust's waiting-list
// differences as a chart with its reading and as a table, at 1280×720 and 1920×1080.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { apiRequest, pagePerTest, screenshot, seriousViolations, waitForRun } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;
const api = <T>(method: string, path: string, body?: unknown) => apiRequest<T>(baseUrl, method, path, body);

pagePerTest((opened) => (page = opened));

interface WaitingListRow {
  entityId: string;
  entityName: string;
  year: number;
  metric: string;
  baseline: { mean: number };
  alternative: { mean: number };
  difference: { mean: number; p5: number; p95: number };
}

describe('comparing the waiting lists of two runs', () => {
  test('the compare page shows each trust’s list, long waits, operations and median wait: B − A with its 90% range', async () => {
    const { document } = await api<{ document: { name: string; interventions: Array<{ kind: string }>; alternatives?: unknown[] } }>('GET', '/scenarios/preset-bed-cuts');
    const keep = { ...document, name: 'Keep the beds', interventions: document.interventions.filter((intervention) => intervention.kind !== 'closeBeds'), alternatives: [] };
    const saved = await api<{ id: string }>('POST', '/scenarios', { document: keep });
    const started = await api<{ id: string }>('POST', '/compare', { baseline: { scenarioId: 'preset-bed-cuts' }, alternative: { scenarioId: saved.id, version: 1 }, trials: 40, seed: 3 });
    expect(await waitForRun(baseUrl, started.id)).toBe('done');
    const { waitingListRows } = await api<{ waitingListRows: WaitingListRow[] }>('GET', `/runs/${started.id}/results`);
    const whole = (value: number) => Math.abs(Math.round(value)).toLocaleString('en-GB');

    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ]) {
      await page.setViewportSize({ width, height });
      await page.goto(`${baseUrl}/runs/${started.id}`);
      const figure = page.locator('#compare-waiting-list');
      await figure.locator('canvas').waitFor({ timeout: 60_000 });
      expect(await page.getByRole('heading', { name: 'Waiting lists: the difference, 2025/26' }).count()).toBe(1);
      expect(await figure.locator('h3').innerText()).toBe(`Waiting list at the year end: Keep the beds − ${document.name}`);

      // The reading names the trust whose list moves most, by the mean of its trial-by-trial difference.
      const ends = waitingListRows.filter((row) => row.year === 0 && row.metric === 'listEnd');
      const biggest = [...ends].sort((a, b) => Math.abs(b.difference.mean) - Math.abs(a.difference.mean))[0];
      expect(await figure.locator('.reading').innerText()).toContain(
        `gives ${biggest.entityName} ${whole(biggest.difference.mean)} ${biggest.difference.mean > 0 ? 'more' : 'fewer'} patients on the waiting list at the year end on average`,
      );

      // Every trust, each with its five figures, in the table below.
      const table = page.getByRole('region', { name: 'Waiting lists: every difference, 2025/26' });
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBe(4 * 5);
      const figures = await table.locator('tbody td:first-of-type').allInnerTexts();
      expect(figures.slice(0, 5)).toEqual(['Waiting list at the year end', 'Waiting 18 weeks or more', 'Waiting 52 weeks or more', 'Operations done from the list', 'Median wait']);
      const over52 = waitingListRows.find((row) => row.year === 0 && row.metric === 'over52Weeks' && row.entityId === ends[0].entityId)!;
      const cells = await rows.nth(2).locator('td').allInnerTexts();
      expect(cells[1]).toBe(whole(over52.baseline.mean));
      expect(cells[2]).toBe(whole(over52.alternative.mean));
      expect(cells[4]).toMatch(new RegExp(`${whole(over52.difference.p5)} to .*${whole(over52.difference.p95)}$`));

      // Another figure: the chart and its reading follow the picker.
      await page.getByRole('region', { name: 'Waiting lists: the difference, 2025/26' }).getByRole('combobox', { name: 'Show', exact: true }).selectOption({ label: 'Median wait' });
      await expect.poll(() => figure.locator('h3').innerText()).toBe(`Median wait: Keep the beds − ${document.name}`);
      await expect.poll(() => figure.locator('.reading').innerText()).toMatch(/weeks of median wait at the year end|makes no difference to weeks of median wait/);
      await page.getByRole('heading', { name: 'Waiting lists: the difference, 2025/26' }).scrollIntoViewIfNeeded();
      await screenshot(page, `41-compare-waiting-lists-${width}x${height}`, false);
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
});
