// The bed schemes' forms: an avoidance scheme's target group as the bed cuts
// preset sets it, and a discharge improvement added in the builder, with the
// schema's labels and the validation's message at its field.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { pagePerTest, seriousViolations } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;

pagePerTest((opened) => (page = opened));

const field = (path: string) => page.locator(`[data-path="${path}"]`).first();

describe('forms of the schemes that change how patients use beds', () => {
  test("the bed cuts scheme shows its target group: the share it can reach and the group's stay", async () => {
    await page.goto(`${baseUrl}/scenarios/preset-bed-cuts`);
    await page.locator('nav.outline').getByRole('button', { name: 'Interventions' }).click();
    const share = field('interventions[0].targetGroup.share');
    await expect.poll(() => share.locator('.label').first().innerText()).toBe('Share of emergency admissions it can reach');
    expect(await share.locator('textarea, input').first().inputValue()).toBe('targetShare');
    expect(await field('interventions[0].targetGroup.stay.meanDays').locator('textarea, input').first().inputValue()).toBe('targetStayDays');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a discharge improvement added in the builder asks for its claims, and says so when neither is given', async () => {
    await page.goto(`${baseUrl}/scenarios/preset-bed-cuts`);
    await page.locator('nav.outline').getByRole('button', { name: 'Interventions' }).click();
    await page.getByRole('button', { name: 'Add an intervention' }).click();
    const kind = page.locator('#field-interventions_5_kind');
    await kind.selectOption('dischargeImprovement');
    await expect.poll(() => field('interventions[5].claimedDelayedShareReduction').locator('.label').first().innerText()).toBe('Claimed fall in the share of patients delayed');
    await field('interventions[5].claimedDelayedShareReduction').locator('textarea, input').first().fill('');
    await field('interventions[5].claimedDelayedShareReduction').locator('textarea, input').first().press('Tab');
    await expect
      .poll(() => field('interventions[5].claimedDelayedShareReduction').locator('.issue').allInnerTexts(), { timeout: 10_000 })
      .toContain('Give at least one claim: claimedDelayedShareReduction or claimedExtraDaysReduction');
  });
});
