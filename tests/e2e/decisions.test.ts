// From a run's results, the two questions an analyst asks of it: the value of
// an input that meets a target (a solve), and a result across an input (a
// sweep, one input as a line with its band, two as a heat map), driven
// through the page from the keyboard and the mouse, then checked against the API.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { apiRequest, openPage, pagePerTest, screenshot, seriousViolations, waitForRun } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;
const session = pagePerTest((opened) => (page = opened));
let runId: string;

beforeAll(async () => {
  ({ id: runId } = await apiRequest<{ id: string }>(baseUrl, 'POST', '/runs', { scenarioId: 'preset-teaching', trials: 300, seed: 2025 }));
  expect(await waitForRun(baseUrl, runId)).toBe('done');
});

async function openResults(target: Page) {
  await target.goto(`${baseUrl}/runs/${runId}`);
  await target.getByRole('heading', { name: 'Ask the model a question' }).waitFor({ timeout: 60_000 });
  await target.locator('summary', { hasText: 'Find the value that' }).waitFor();
}

describe('decisions from a results page', () => {
  test('"Find the value that…" solves for a 90% chance of balance and says it in a sentence with its Monte Carlo error', async () => {
    await openResults(page);
    // Opened and filled from the keyboard: the summary and every field are labelled.
    await page.locator('summary', { hasText: 'Find the value that' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Find the value that meets a target' });
    await form.getByLabel('Input').selectOption({ label: 'Extra funding to Riverside ICB (£m a year)' });
    await form.getByLabel('between').fill('0');
    await form.getByLabel('and', { exact: true }).fill('100');
    await form.getByLabel('so that').selectOption({ label: 'Riverside ICS: chance of meeting the control total after risk share' });
    await form.getByLabel('reaches (%)').fill('90');
    expect(await form.getByLabel('Trials per run').inputValue()).toBe('300');
    await form.getByLabel('Trials per run').press('Enter');

    const job = page.getByRole('region', { name: 'The solve' });
    await job.waitFor();
    const answer = page.getByTestId('solve-answer');
    await answer.waitFor({ timeout: 120_000 });
    const sentence = (await answer.textContent()) ?? '';
    expect(sentence).toMatch(
      /^£\d+\.\dm a year of extra funding to Riverside ICB gives Riverside ICS a 9\d\.\d% chance of meeting the control total after risk share in 2025\/26, ±£\d+\.\dm \(12 runs of 300 trials, seed 2025\)\.$/,
    );

    // The page says what the API answered.
    const { decisions } = await apiRequest<{ decisions: Array<{ id: string; kind: string; result: { lever: number; reached: { value: number } } }> }>(baseUrl, 'GET', '/decisions?limit=1');
    expect(decisions[0].kind).toBe('solve');
    expect(sentence).toContain(`£${decisions[0].result.lever.toFixed(1)}m a year`);
    expect(decisions[0].result.reached.value).toBeGreaterThanOrEqual(0.9);
    expect(await page.getByRole('link', { name: 'Download CSV of the answer' }).getAttribute('href')).toBe(`/api/decisions/${decisions[0].id}/result.csv`);

    await answer.scrollIntoViewIfNeeded();
    await screenshot(page, 'decisions-solve-1280', false);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('"Sweep this input" draws one input as a line with its band, and two as a heat map with the numbers in the cells', async () => {
    await openResults(page);
    await page.locator('summary', { hasText: 'Sweep this input' }).click();
    const form = page.getByRole('form', { name: 'Sweep an input' });
    const first = form.getByRole('group', { name: 'First input' });
    await first.getByLabel('Input').selectOption({ label: 'Extra funding to Riverside ICB (£m a year)' });
    await first.getByLabel('From').fill('0');
    await first.getByLabel('to', { exact: true }).fill('40');
    await form.getByLabel('Steps').fill('4');
    await form.getByLabel('Read').selectOption({ label: 'Riverside ICS: chance of meeting the control total after risk share' });
    await form.getByRole('button', { name: 'Run the sweep' }).click();
    const job = page.getByRole('region', { name: 'The sweep' });
    await job.getByRole('img', { name: /at each value of extra funding to Riverside ICB, with its 90% confidence band$/ }).waitFor({ timeout: 120_000 });
    const rows = job.locator('table.data tbody tr');
    expect(await rows.count()).toBe(5);
    expect(await rows.first().locator('td').first().textContent()).toBe('£0.0m');
    await job.scrollIntoViewIfNeeded();
    await screenshot(page, 'decisions-sweep-line-1280', false);

    // Two inputs: extra funding down, the Hillside trust's extra funding across.
    await form.getByLabel('Sweep a second input too (a grid)').check();
    const second = form.getByRole('group', { name: 'Second input' });
    await second.getByLabel('Input').selectOption({ label: 'Extra funding to Hillside Hospital NHS Trust (£m a year)' });
    await second.getByLabel('From').fill('0');
    await second.getByLabel('to', { exact: true }).fill('20');
    await form.getByLabel('Steps').nth(1).fill('2');
    await form.getByRole('button', { name: 'Run the sweep' }).click();
    const heatMap = page.getByRole('table', { name: /extra funding to Riverside ICB down, extra funding to Hillside Hospital NHS Trust across$/ });
    await heatMap.waitFor({ timeout: 180_000 }).catch(async (error: unknown) => {
      await screenshot(page, 'decisions-sweep-grid-failed', true);
      throw error;
    });
    expect(await heatMap.locator('tbody tr').count()).toBe(5);
    expect(await heatMap.locator('tbody tr').first().locator('td').count()).toBe(3);
    expect(await heatMap.locator('tbody td').first().textContent()).toMatch(/^\d+\.\d%$/);
    await heatMap.scrollIntoViewIfNeeded();
    await screenshot(page, 'decisions-sweep-grid-1280', false);
    expect(await seriousViolations(page)).toEqual([]);

    // The same page on a large screen.
    const { page: wide, errors } = await openPage(session.browser, { width: 1920, height: 1080 });
    try {
      await wide.goto(`${baseUrl}/runs/${runId}`);
      await wide.getByRole('heading', { name: 'Ask the model a question' }).waitFor({ timeout: 60_000 });
      await wide.locator('summary', { hasText: 'Find the value that' }).click();
      await wide.locator('summary', { hasText: 'Sweep this input' }).click();
      await wide.getByRole('heading', { name: 'Ask the model a question' }).scrollIntoViewIfNeeded();
      await screenshot(wide, 'decisions-forms-1920', false);
      expect(errors).toEqual([]);
    } finally {
      await wide.context().close();
    }
  });
});
