// Nothing in the builder is lost by emptying a box: the value's box stays
// empty and flagged, its driver or parameter stays, and so do the formulas
// that use it. What is removed on purpose can be put back with Undo.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { pagePerTest, screenshot, seriousViolations } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;

pagePerTest((opened) => (page = opened));

const field = (path: string) => page.locator(`[data-path="${path}"]`).first();
const parameterNames = () => page.locator('.named-item input.identifier').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

async function openParameters(): Promise<void> {
  await page.goto(`${baseUrl}/scenarios/preset-teaching`);
  await page.locator('nav.outline').getByRole('button', { name: 'Parameters' }).click();
  await expect.poll(parameterNames).toEqual(['tariffUplift', 'plannedActivityGrowth', 'cipCeiling']);
}

describe('clearing a value never removes anything', () => {
  test("emptying a parameter's value leaves the parameter, its box empty and flagged, and saving blocked; a number brings it back", async () => {
    await openParameters();
    const value = field('parameters.cipCeiling');
    await value.locator('input.number-box').fill('');
    await expect.poll(() => value.locator('.issue').allInnerTexts()).toEqual(['Enter a number: this value cannot be left empty']);
    expect(await parameterNames()).toEqual(['tariffUplift', 'plannedActivityGrowth', 'cipCeiling']);
    expect(await value.locator('input.number-box').inputValue()).toBe('');
    expect(await value.locator('input.number-box').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#save-blocked').innerText()).toBe('Cannot save: Parameters › cipCeiling is empty. Enter a number.');
    // The formulas that use it are untouched: the savings plans still name it, and no problem is reported at them.
    await page.locator('nav.outline').getByRole('button', { name: 'Riverside University Hospitals NHS FT' }).click();
    expect(await field('systems[0].organisations[1].cip.ceiling').locator('input').first().inputValue()).toBe('cipCeiling');
    expect(await field('systems[0].organisations[1].cip.ceiling').locator('.issue').count()).toBe(0);
    await page.locator('nav.outline').getByRole('button', { name: 'Parameters' }).click();
    await screenshot(page, 'builder-emptied-parameter', false);
    expect(await seriousViolations(page)).toEqual([]);

    // A share may be typed as a percentage: cipCeiling is used as a savings ceiling, a share of costs.
    await value.locator('input.number-box').fill('6%');
    await expect.poll(() => value.locator('.unit').innerText()).toBe('= 6%');
    await expect.poll(() => page.locator('#save-blocked').count()).toBe(0);
    expect(await value.locator('.issue').count()).toBe(0);
  });

  test('emptying a required formula leaves it in the scenario, empty and flagged at its field, not removed', async () => {
    await page.goto(`${baseUrl}/scenarios/preset-teaching`);
    await page.locator('nav.outline').getByRole('button', { name: 'Riverside University Hospitals NHS FT' }).click();
    const delivery = field('systems[0].organisations[1].cip.delivery');
    await delivery.locator('input.formula-input').fill('');
    await expect.poll(() => delivery.locator('.issue').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await delivery.locator('select.mode').inputValue()).toBe('formula');
    expect(await delivery.locator('.issue').allInnerTexts()).not.toContain('Is required');
  });

  test('a removed parameter or group of fields comes back with Undo, as it was', async () => {
    await openParameters();
    await page.getByRole('button', { name: 'Remove cipCeiling' }).click();
    expect(await parameterNames()).toEqual(['tariffUplift', 'plannedActivityGrowth']);
    const undo = page.locator('.undo-bar');
    expect(await undo.innerText()).toContain('Removed the parameter cipCeiling.');
    await screenshot(page, 'builder-undo-removal', false);
    expect(await seriousViolations(page)).toEqual([]);
    await undo.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(parameterNames).toEqual(['tariffUplift', 'plannedActivityGrowth', 'cipCeiling']);
    expect(await field('parameters.cipCeiling').locator('input.number-box').inputValue()).toBe('0.05');
    expect(await undo.innerText()).toBe('');

    // A group of fields: the savings plan of a trust.
    await page.locator('nav.outline').getByRole('button', { name: 'Riverside University Hospitals NHS FT' }).click();
    await page.getByRole('button', { name: 'Remove Savings plan (CIP)' }).click();
    expect(await field('systems[0].organisations[1].cip.plan').count()).toBe(0);
    await undo.getByRole('button', { name: 'Undo' }).click();
    expect(await field('systems[0].organisations[1].cip.plan').locator('input').inputValue()).toBe('0.045');

    // Undo is offered only until the next change, which it would otherwise throw away.
    await page.getByRole('button', { name: 'Remove Savings plan (CIP)' }).click();
    await field('systems[0].organisations[1].name').locator('input').fill('Riverside Hospitals');
    expect(await undo.innerText()).toBe('');
  });
});
