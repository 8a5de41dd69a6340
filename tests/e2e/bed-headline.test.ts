// The campaigner's answer on the first screen: a bed-cuts run opens on the
// beds closed, the waits, the cancellations and the money against each
// alternative, above the share panel, at 1280×720 and 1920×1080.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { apiRequest, pagePerTest, screenshot, seriousViolations, waitForRun } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;

pagePerTest((opened) => (page = opened));

interface Summary {
  mean: number;
  p5: number;
  p95: number;
}

describe('the bed headline of a run', () => {
  test('a bed-cuts run opens on the beds closed, the waits and the money against each alternative, all within the first screen', async () => {
    const { id } = await apiRequest<{ id: string }>(baseUrl, 'POST', '/runs', { scenarioId: 'preset-bed-cuts', trials: 60, seed: 5 });
    expect(await waitForRun(baseUrl, id)).toBe('done');
    const results = await apiRequest<{
      systemBeds: Array<{ year: number; metrics: Record<string, Summary> }>;
      alternatives: Array<{ name: string; comparison: { rows: Array<{ entityId: string; year: number; metric: string; difference: Summary }> } }>;
    }>(baseUrl, 'GET', `/runs/${id}/results`);
    const waited = results.systemBeds.find((row) => row.year === 0)!.metrics.patientsWhoWaited;
    const whole = (value: number) => Math.round(value).toLocaleString('en-GB');

    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ]) {
      await page.setViewportSize({ width, height });
      await page.goto(`${baseUrl}/runs/${id}`);
      const headline = page.getByRole('region', { name: /the beds and the money/ });
      await headline.waitFor({ timeout: 60_000 });
      const figures = headline.getByRole('list', { name: 'Headline figures' }).getByRole('listitem');
      expect(await figures.allInnerTexts()).toHaveLength(4);
      expect((await figures.nth(0).innerText()).replace(/\s+/g, ' ')).toBe('500 core beds closed 3,173 before, 2,673 open at the end of 2025/26, across its 4 acute trusts');
      expect(await figures.nth(1).innerText()).toContain(whole(waited.mean));
      expect(await figures.nth(1).innerText()).toContain(`90% of trials: ${whole(waited.p5)} to ${whole(waited.p95)}`);
      // The big numbers and the first money sentence are on the first screen, before any scrolling.
      const money = headline.getByRole('list', { name: 'The money against each alternative' }).getByRole('listitem');
      expect(await money.count()).toBe(2);
      const keep = results.alternatives[0].comparison.rows.find((row) => row.entityId === 'nw-london' && row.year === 0 && row.metric === 'outturn')!;
      expect(await money.nth(0).innerText()).toContain(`Against “Keep the beds”`);
      expect(await money.nth(0).innerText()).toContain(`£${(-keep.difference.mean).toFixed(1)}m better off`);
      for (const element of [figures.nth(3), money.nth(0)]) {
        const box = (await element.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(height);
      }
      // Above the share panel.
      const share = (await page.getByRole('heading', { name: 'Share and download' }).boundingBox())!;
      expect((await headline.boundingBox())!.y).toBeLessThan(share.y);
      await screenshot(page, `23-bed-headline-${width}x${height}`, false);
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
});
