// The national section of a multi-system run (England at a few trials):
// the count of systems missing, the contingency, a tile per system and the
// ranked table; choosing a system opens its own results.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { apiRequest, openPage, pagePerTest, screenshot, seriousViolations, waitForRun } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;
const session = pagePerTest((opened) => (page = opened));
let runId: string | undefined;

async function englandRun(): Promise<string> {
  if (runId) return runId;
  const { id } = await apiRequest<{ id: string }>(baseUrl, 'POST', '/runs', { scenarioId: 'preset-england', trials: 4, seed: 5 });
  expect(await waitForRun(baseUrl, id, 400_000)).toBe('done');
  runId = id;
  return id;
}

async function openNational(target: Page): Promise<void> {
  await target.goto(`${baseUrl}/runs/${await englandRun()}`);
  await target.locator('#national-heading').waitFor({ timeout: 120_000 });
  await target.locator('#systems-missing canvas').waitFor({ timeout: 60_000 });
}

describe('the national page of England', () => {
  test('shows the systems missing, the contingency, 42 tiles and the 42 systems ranked', async () => {
    await openNational(page);
    expect(await page.locator('#national-heading').innerText()).toBe('All 42 systems together, 2025/26');
    expect(await page.locator('.national > .reading').innerText()).toMatch(/^In 2025\/26, on average [\d.]+ of the 42 systems miss their control totals/);
    expect(await page.locator('.tiles .tile').count()).toBe(42);
    const ranks = await page.locator('table.ranking tbody tr td:first-child').allInnerTexts();
    expect(ranks).toEqual(Array.from({ length: 42 }, (_, index) => String(index + 1)));
    expect(await page.locator('.contingency tbody tr').count()).toBe(3);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#national-heading').scrollIntoViewIfNeeded();
    await screenshot(page, '40-national-1280x720', false);
    await page.locator('#tiles-heading').scrollIntoViewIfNeeded();
    await screenshot(page, '41-national-tiles-1280x720', false);
  }, 500_000);

  test("a system's row opens that system's own results", async () => {
    await openNational(page);
    const first = page.locator('table.ranking tbody tr').first();
    const name = await first.locator('th button').innerText();
    await first.locator('th button').click();
    await expect.poll(() => page.getByRole('heading', { name: `At a glance: ${name}` }).count()).toBe(1);
    const systemSelect = page.getByRole('combobox', { name: 'System', exact: true });
    expect(await systemSelect.evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(name);
  }, 500_000);

  test('reads at 1920×1080', async () => {
    const { page: wide, errors } = await openPage(session.browser, { width: 1920, height: 1080 });
    await openNational(wide);
    await wide.locator('#national-heading').scrollIntoViewIfNeeded();
    await screenshot(wide, '42-national-1920x1080', false);
    expect(errors).toEqual([]);
    await wide.context().close();
  }, 500_000);
});

describe('start from a real area', () => {
  test('the library writes a scenario for one ICB and opens it in the builder', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByText('Start from a real area').click();
    const area = page.getByRole('combobox', { name: 'Area', exact: true });
    await area.waitFor({ timeout: 30_000 });
    expect(await area.locator('option').count()).toBe(42);
    await area.selectOption('E54000041');
    await page.getByRole('button', { name: 'Make this scenario' }).click();
    await page.waitForURL(/\/scenarios\/(?!preset-)/, { timeout: 120_000 });
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 30_000 }).toBe('Dorset (real area)');
    await screenshot(page, '43-real-area-in-builder', false);
  }, 300_000);
});
