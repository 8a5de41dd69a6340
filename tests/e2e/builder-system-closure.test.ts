// Closing beds across a system from the builder: one intervention, a system
// picked by name, a sharing rule, and a problem at the field when a trust
// would lose more beds than it has.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { pagePerTest, screenshot, seriousViolations } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;

pagePerTest((opened) => (page = opened));

const field = (path: string) => page.locator(`[data-path="${path}"]`).first();
const noProblems = () => expect.poll(() => page.locator('.meta-line').first().innerText(), { timeout: 10_000 }).toContain('No problems found');

describe('closing beds across a system in the builder', () => {
  test('one intervention closes beds across the system; shared equally, too many for the smallest trust is a problem at the beds field', async () => {
    await page.goto(`${baseUrl}/scenarios/preset-bed-cuts`);
    await page.locator('nav.outline').getByRole('button', { name: 'Interventions' }).click();
    // The preset has the scheme and four closures: the new one is the sixth.
    await page.getByRole('button', { name: 'Add an intervention' }).click();
    const added = field('interventions[5]');
    await added.getByLabel('Kind of change').selectOption('closeBedsAcrossSystem');
    const system = page.locator('#field-interventions_5_system');
    expect(await system.locator('option').allInnerTexts()).toEqual(['Choose a system…', 'North West London ICS (acute core)']);
    await system.selectOption('nw-london');
    await page.locator('#field-interventions_5_sharedBy').selectOption('equal');
    const beds = page.locator('#field-interventions_5_beds');
    // 1,300 equally is 325 a trust; Hillingdon has 315 beds, 50 of them already closed by the preset.
    await beds.fill('1300');
    await beds.press('Tab');
    await expect
      .poll(() => field('interventions[5].beds').locator('.issue').allInnerTexts(), { timeout: 10_000 })
      .toEqual(["Shared equally, closes 325 beds at 'hillingdon', more than it has (315, after the closures and openings listed before this)"]);
    await beds.fill('200');
    await beds.press('Tab');
    await noProblems();
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ]) {
      await page.setViewportSize({ width, height });
      await added.scrollIntoViewIfNeeded();
      await screenshot(page, `24-builder-system-closure-${width}x${height}`, false);
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
});
