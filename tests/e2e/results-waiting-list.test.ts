// The waiting list's month-by-month chart of the bed-cuts preset: its reading,
// its numbers (the quantiles the results carry, and the central case's long
// waiters), the trust picker, and no serious accessibility violation.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { apiRequest, pagePerTest, screenshot, seriousViolations, waitForRun } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;

pagePerTest((opened) => (page = opened));

describe('the waiting list in the results', () => {
  test('a fan chart of each trust’s list, month by month, with its reading and its numbers', async () => {
    const { id } = await apiRequest<{ id: string }>(baseUrl, 'POST', '/runs', { scenarioId: 'preset-bed-cuts', trials: 40, seed: 3 });
    expect(await waitForRun(baseUrl, id)).toBe('done');
    const results = await apiRequest<{
      waitingListMonths: Array<{ entityId: string; listSize: { p50: number[] } }>;
      waitingLists: Array<{ entityId: string; metrics: { listStart: { p50: number } } }>;
    }>(baseUrl, 'GET', `/runs/${id}/results`);
    await page.goto(`${baseUrl}/runs/${id}`);
    const figure = page.locator('#waiting-list');
    await figure.locator('canvas').waitFor({ timeout: 60_000 });
    expect(await figure.locator('h3').innerText()).toBe('Waiting list month by month, 2025/26: patients waiting for a planned operation');
    const grouped = (value: number) => Math.round(value).toLocaleString('en-GB');
    const first = results.waitingListMonths[0];
    expect(await figure.locator('.reading').innerText()).toMatch(
      new RegExp(`^By the end of Mar 2026, ${grouped(first.listSize.p50[11])} patients wait for a planned operation at London North West University Healthcare NHS Trust in the middle trial, `),
    );
    await figure.getByText('The numbers').click();
    const months = await figure.locator('table tbody th').allInnerTexts();
    expect([months[0], months.at(-1), months.length]).toEqual(['Apr 2025', 'Mar 2026', 12]);
    // Another trust: the reading follows the picker.
    await figure.getByRole('combobox', { name: 'Show', exact: true }).selectOption({ label: 'The Hillingdon Hospitals NHS FT' });
    await expect.poll(() => figure.locator('.reading').innerText()).toContain('at The Hillingdon Hospitals NHS FT in the middle trial');
    await figure.scrollIntoViewIfNeeded();
    await screenshot(page, '40-results-waiting-list', false);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
