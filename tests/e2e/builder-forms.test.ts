// The builder's forms read their labels, help, units and ranges from the
// engine's scenario schema: a trust's savings plan shows every field the
// teaching preset uses, its ceiling included.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { openPage, pagePerTest, screenshot, seriousViolations } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;

const session = pagePerTest((opened) => (page = opened));

describe('schema-led forms in the builder', () => {
  test("a trust's savings plan shows its ceiling, as the teaching preset sets it, with the schema's title and help", async () => {
    await page.goto(`${baseUrl}/scenarios/preset-teaching`);
    await page.locator('nav.outline').getByRole('button', { name: 'Riverside University Hospitals NHS FT' }).click();
    const ceiling = page.locator('[data-path="systems[0].organisations[1].cip.ceiling"]').first();
    await expect.poll(() => ceiling.locator('.label').first().innerText()).toBe('Most that can be saved in a year');
    expect(await ceiling.locator('textarea, input').first().inputValue()).toBe('cipCeiling');
    expect(await ceiling.locator(':scope > .help').innerText()).toContain('never above it');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a trust page looks right at 1280×720 and 1920×1080', async () => {
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      const { page: sized } = await openPage(session.browser, { width, height });
      await sized.goto(`${baseUrl}/scenarios/preset-teaching`);
      await sized.locator('nav.outline').getByRole('button', { name: 'Riverside University Hospitals NHS FT' }).click();
      await sized.locator('[data-path="systems[0].organisations[1].cip.plan"]').first().scrollIntoViewIfNeeded();
      await screenshot(sized, `forms-trust-${width}x${height}`, false);
      await screenshot(sized, `forms-trust-${width}x${height}-full`);
      await sized.context().close();
    }
    expect(page).toBeDefined();
  });
});
