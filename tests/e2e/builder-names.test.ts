// The builder keeps names whole: a system's places with the organisations that
// name them, interventions renamed under the alternatives that leave them out,
// and drivers renamed under the formulas that use them.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { pagePerTest, screenshot, seriousViolations } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;

pagePerTest((opened) => (page = opened));

const field = (path: string) => page.locator(`[data-path="${path}"]`).first();
const noProblems = () => expect.poll(() => page.locator('.meta-line').first().innerText(), { timeout: 10_000 }).toContain('No problems found');

describe('names that other parts of a scenario use', () => {
  test("a system's places are edited as forms, and each organisation picks its place from them", async () => {
    await page.goto(`${baseUrl}/scenarios/preset-teaching`);
    await page.locator('nav.outline').getByRole('button', { name: 'Riverside ICS' }).click();
    const places = field('systems[0].places');
    await places.getByRole('button', { name: 'Add a place' }).click();
    await places.getByRole('button', { name: 'Add a place' }).click();
    await page.locator('#field-systems_0_places_0_name').fill('Riverside North');
    await page.locator('#field-systems_0_places_0_id').fill('north');
    await page.locator('#field-systems_0_places_0_id').press('Tab');
    await page.locator('#field-systems_0_places_0_share').fill('60%');
    await page.locator('#field-systems_0_places_1_share').fill('0.5');
    // Shares over the whole pot are a problem of the list as a whole.
    await expect.poll(() => places.locator(':scope > .issue').allInnerTexts(), { timeout: 10_000 }).toEqual(['Place shares add up to 1.1, more than the whole pot (1)']);
    await page.locator('#field-systems_0_places_1_share').fill('40%');
    await noProblems();
    await screenshot(page, '18-builder-places');
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('nav.outline').getByRole('button', { name: 'Hillside Hospital NHS Trust' }).click();
    const picker = page.locator('#field-systems_0_organisations_2_place');
    expect(await picker.locator('option').allInnerTexts()).toEqual(['None (the whole system)', 'Riverside North', 'Place 2']);
    await picker.selectOption('north');
    await noProblems();

    // Renaming the place's id carries the organisation with it.
    await page.locator('nav.outline').getByRole('button', { name: 'Riverside ICS' }).click();
    await page.locator('#field-systems_0_places_0_id').fill('riverside-north');
    await page.locator('#field-systems_0_places_0_id').press('Tab');
    await page.locator('nav.outline').getByRole('button', { name: 'Hillside Hospital NHS Trust' }).click();
    expect(await picker.inputValue()).toBe('riverside-north');
    await noProblems();
  });

  test('renaming an intervention keeps the alternatives that leave it out', async () => {
    await page.goto(`${baseUrl}/scenarios/preset-bed-cuts`);
    await page.locator('nav.outline').getByRole('button', { name: 'Interventions' }).click();
    const name = page.locator('#field-interventions_0_name');
    expect(await name.inputValue()).toBe('Out-of-hospital scheme');
    await name.fill('Home first');
    await name.press('Tab');
    const neither = field('alternatives[1].withoutInterventions');
    await expect.poll(() => neither.getByRole('checkbox', { name: 'Home first' }).isChecked()).toBe(true);
    expect(await neither.innerText()).not.toContain('no such intervention');
    expect(await field('alternatives[0].withoutInterventions').getByRole('checkbox', { name: 'Home first' }).isChecked()).toBe(false);
    await noProblems();
  });

  test('a percentage typed for an amount in £m is a problem at the field, not a silent hundredth; for a rate it is read as one', async () => {
    await page.goto(`${baseUrl}/scenarios/preset-teaching`);
    await page.locator('nav.outline').getByRole('button', { name: 'Riverside ICS' }).click();
    const allocation = field('systems[0].allocation.baseline');
    await allocation.locator('input').fill('5%');
    await expect.poll(() => allocation.locator('.issue').allInnerTexts()).toEqual(['Enter the number itself, not a percentage: this is not a rate or a share (“5%”)']);
    expect(await page.getByRole('button', { name: 'Save as my copy' }).isDisabled()).toBe(true);
    await allocation.locator('input').fill('1250');
    await expect.poll(() => allocation.locator('.issue').count()).toBe(0);
    const growth = field('systems[0].allocation.growth');
    await growth.locator('input').fill('4%');
    await expect.poll(() => growth.locator('.unit').innerText()).toBe('= 4% a year');
    expect(await growth.locator('.issue').count()).toBe(0);
  });

  test('renaming a driver rewrites the formulas that use it', async () => {
    await page.goto(`${baseUrl}/scenarios/preset-teaching`);
    await page.locator('nav.outline').getByRole('button', { name: 'Drivers' }).click();
    const name = page.locator('.named-item', { has: page.locator('[data-path="drivers.payAward"]') }).locator('input.identifier');
    await name.fill('payRise');
    await name.press('Tab');
    await page.locator('[data-path="drivers.payRise"]').waitFor();
    await page.locator('nav.outline').getByRole('button', { name: 'Riverside University Hospitals NHS FT' }).click();
    expect(await field('systems[0].organisations[1].costs.pay.growth').locator('input').inputValue()).toBe('payRise');
    await noProblems();
  });
});
