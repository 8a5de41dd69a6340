// A&E 4-hour performance in the builder: a trust models it from its beds, and
// an incentive fund's performance part can be paid on it, with the problems
// of a trajectory that no modelled trust can meet shown at the field.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { pagePerTest, screenshot, seriousViolations } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;

pagePerTest((opened) => (page = opened));

const field = (path: string) => page.locator(`[data-path="${path}"]`).first();
const metaLine = () => page.locator('.meta-line').first().innerText();

describe('A&E 4-hour performance in the builder', () => {
  test('a trust adds its 4-hour model with the default curve; a fund paid on it names what is missing at the field', async () => {
    await page.goto(`${baseUrl}/scenarios/preset-teaching`);
    await page.locator('nav.outline').getByRole('button', { name: 'Riverside University Hospitals NHS FT' }).click();
    const trust = 'systems[0].organisations[1].beds';
    await page.getByRole('button', { name: 'Add A&E 4-hour performance' }).click();
    expect(await field(`${trust}.fourHourPerformance.baseline`).locator('input').inputValue()).toBe('0.9');
    // It starts from the default curve, shown point by point so it can be edited (not an empty list that one added point would flatten).
    const curve = [0, 1, 2].map((index) => [`${trust}.fourHourPerformance.occupancyPenalty[${index}].occupancy`, `${trust}.fourHourPerformance.occupancyPenalty[${index}].fall`]);
    const values = await Promise.all(curve.map(async (pair) => Promise.all(pair.map((path) => field(path).locator('input').inputValue()))));
    expect(values).toEqual([
      ['0.85', '0'],
      ['0.9', '0.03'],
      ['1', '0.08'],
    ]);
    await expect.poll(metaLine, { timeout: 10_000 }).toContain('No problems found');

    // The teaching fund pays Hillside, which has no beds: a trajectory there has nothing to test.
    await page.locator('nav.outline').getByRole('button', { name: 'Riverside ICS' }).click();
    await page.getByRole('button', { name: 'Add part paid on performance' }).click();
    const trajectory = field('systems[0].incentiveFunds[0].performance.fourHourTrajectory');
    await trajectory.locator('input').fill('0.92');
    await trajectory.locator('input').press('Tab');
    await expect
      .poll(() => trajectory.locator('.issue').allInnerTexts(), { timeout: 10_000 })
      .toEqual(["No organisation in this fund's amounts models its A&E 4-hour performance (beds.fourHourPerformance), so there is nothing to test against the trajectory"]);
    await screenshot(page, 'builder-four-hour-trajectory', false);
    expect(await seriousViolations(page)).toEqual([]);

    // Paying Riverside instead, whose 4-hour performance is now modelled, clears it.
    const amounts = field('systems[0].incentiveFunds[0].amounts');
    await amounts.locator('select').first().selectOption('riverside-hospitals');
    await expect.poll(() => trajectory.locator('.issue').count(), { timeout: 10_000 }).toBe(0);
  });
});
