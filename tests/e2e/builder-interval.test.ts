// An uncertain input said as a range ("I am 90% sure it lies between 50% and
// 95%, most likely 80%") becomes the distribution with those percentiles, and
// its picture says so.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { pagePerTest, screenshot, seriousViolations } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;

pagePerTest((opened) => (page = opened));

describe('uncertain inputs as ranges', () => {
  test("a 90% range with a most likely value becomes a PERT whose 5th and 95th percentiles are the range's ends; the shape's own fields stay editable", async () => {
    await page.goto(`${baseUrl}/scenarios/new`);
    await page.locator('nav.outline').getByRole('button', { name: 'My Hospital NHS Trust' }).click();
    const delivery = page.locator('[data-path="systems[0].organisations[1].cip.delivery"]');
    const range = delivery.getByRole('form', { name: 'Say it as a range' });
    await range.getByLabel('How sure').selectOption({ label: 'I am 90% sure it lies' });
    await range.getByLabel('Low end of the range').fill('50%');
    await range.getByLabel('High end of the range').fill('90%');
    await range.getByLabel('Most likely value (optional)').fill('75%');
    await range.getByRole('button', { name: 'Use this range' }).click();
    await expect.poll(() => delivery.locator('.reading').innerText()).toContain('90% of draws between 50% and 90%');
    expect(await delivery.locator('select.family').inputValue()).toBe('pert');
    expect(await range.locator('.help').innerText()).toContain('its 5th and 95th percentiles at the ends of the range');
    await expect.poll(() => page.locator('.meta-line').first().innerText(), { timeout: 10_000 }).toContain('No problems found');
    await delivery.scrollIntoViewIfNeeded();
    await screenshot(page, '45-builder-interval', false);
    expect(await seriousViolations(page)).toEqual([]);

    // A range whose fit would pass 100% stops there and says so: its 5th percentile stays at 50%.
    await range.getByLabel('High end of the range').fill('95%');
    await range.getByLabel('Most likely value (optional)').fill('80%');
    await range.getByRole('button', { name: 'Use this range' }).click();
    await expect.poll(() => range.locator('.help').innerText()).toContain('It would have reached past 0% or 100%, so it stops there');
    await expect.poll(() => delivery.locator('.reading').innerText()).toContain('90% of draws between 50% and');

    // A most likely value outside the range is refused in words, and nothing is written.
    await range.getByLabel('Most likely value (optional)').fill('99%');
    await range.getByRole('button', { name: 'Use this range' }).click();
    await expect.poll(() => range.locator('.issue').innerText()).toBe('The most likely value must lie in the range 0.5 to 0.95, got 0.99');
    expect(await delivery.locator('select.family').inputValue()).toBe('pert');
  });

  test("a claim's realisation that names a driver links to where that driver's value is set, and the link opens it", async () => {
    await page.goto(`${baseUrl}/scenarios/preset-bed-cuts`);
    await page.locator('nav.outline').getByRole('button', { name: 'Interventions' }).click();
    const realisation = page.locator('[data-path="interventions[0].realisation"]');
    await realisation.getByRole('button', { name: 'Go to the driver realisation, where its value is set' }).click();
    const driver = page.locator('[data-path="drivers.realisation"]');
    await expect.poll(() => driver.isVisible()).toBe(true);
    // The driver's own field takes the focus: its kind of value (uncertain, a beta) is one key press away.
    await expect.poll(() => driver.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    expect(await driver.locator('select.family').inputValue()).toBe('beta');
  });
});
