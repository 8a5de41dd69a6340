// The campaigner's answer on the first screen: a bed-cuts run opens on the
// beds closed, the waits, the cancellations and the money against each
// alternative, above the share panel, at 1280×720 and 1920×1080; and prints
// as a one-page report.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { apiRequest, pagePerTest, screenshot, SCREENSHOTS, seriousViolations, waitForRun } from './browser.ts';

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
    // The headline as one 1200 × 630 image to share.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Image to share (PNG)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const saved = join(SCREENSHOTS, '23-bed-headline-share.png');
    await download.saveAs(saved);
    const png = readFileSync(saved);
    // A PNG's IHDR chunk holds its width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('prints as one A4 page: the provenance, the headline, three key charts and the assumptions that matter most, without the share panel or the questions', async () => {
    for (const [scenarioId, charts] of [
      ['preset-bed-cuts', ['probability', 'beds-occupancy', 'beds-waited']],
      ['preset-system-control-total', ['probability', 'outturn', 'fan']],
    ] as const) {
      const { id } = await apiRequest<{ id: string }>(baseUrl, 'POST', '/runs', { scenarioId, trials: 40, seed: 5 });
      expect(await waitForRun(baseUrl, id)).toBe('done');
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`${baseUrl}/runs/${id}`);
      await page.locator('#probability canvas').waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Print a one-page report' }).waitFor();
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      writeFileSync(join(SCREENSHOTS, `25-report-${scenarioId}.pdf`), pdf);
      // Each page of a PDF is one /Type /Page object (the page tree is /Type /Pages).
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() => [...document.querySelectorAll('.chart-figure')].filter((figure) => getComputedStyle(figure).display !== 'none').map((figure) => figure.id));
      expect(shown).toEqual(charts);
      for (const hidden of ['.share', '.decisions', 'header.top'])
        expect(
          await page
            .locator(hidden)
            .first()
            .evaluate((element) => getComputedStyle(element).display),
        ).toBe('none');
      expect(await page.locator('.report-line').innerText()).toContain('seed 5 · engine ');
      expect(await page.getByRole('region', { name: 'The assumptions that matter most' }).locator('li').count()).toBeGreaterThan(0);
      await page.setViewportSize({ width: 794, height: 1123 });
      await screenshot(page, `25-report-${scenarioId}`, true);
      // Back to no emulation: a page emulating 'screen' would print its screen styles.
      await page.emulateMedia({ media: null });
    }
  });
});
