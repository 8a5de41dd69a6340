// The numbers behind every chart, opened all at once: a table wider than the
// page scrolls from the keyboard (it takes focus, as a named region), so
// axe-core finds nothing serious, scrollable-region-focusable included.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { apiRequest, pagePerTest, screenshot, seriousViolations, waitForRun } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;

pagePerTest((opened) => (page = opened));

describe('the numbers tables of a run', () => {
  test('opened, every one is reachable from the keyboard and axe-core finds no serious violation', async () => {
    const { id } = await apiRequest<{ id: string }>(baseUrl, 'POST', '/runs', { scenarioId: 'preset-bed-cuts', trials: 100, seed: 3 });
    expect(await waitForRun(baseUrl, id)).toBe('done');
    await page.goto(`${baseUrl}/runs/${id}`);
    await page.locator('#probability canvas').waitFor({ timeout: 60_000 });
    const summaries = page.locator('details.data > summary');
    const count = await summaries.count();
    expect(count).toBeGreaterThan(3);
    for (let index = 0; index < count; index++) await summaries.nth(index).click();
    const regions = page.locator('details.data .table-scroll');
    expect(await regions.count()).toBeGreaterThanOrEqual(count);
    const named = await regions.evaluateAll((elements) => elements.map((element) => [element.getAttribute('tabindex'), element.getAttribute('role'), element.getAttribute('aria-label') ?? '']));
    for (const [tabindex, role, label] of named) expect([tabindex, role, (label ?? '').length > 0]).toEqual(['0', 'region', true]);
    // At a laptop's width some tables are wider than the page, which is what the rule is about.
    const scrollable = await regions.evaluateAll((elements) => elements.filter((element) => element.scrollWidth > element.clientWidth).length);
    expect(scrollable).toBeGreaterThan(0);
    await screenshot(page, 'results-numbers-open', false);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('every scrolling table of the run page and the library, not only the charts’ numbers, is a named region that takes focus', async () => {
    const { id } = await apiRequest<{ id: string }>(baseUrl, 'POST', '/runs', { scenarioId: 'preset-teaching', trials: 50, seed: 3 });
    expect(await waitForRun(baseUrl, id)).toBe('done');
    const regionsOf = () =>
      page.locator('.table-scroll').evaluateAll((elements) =>
        elements.map((element) => ({
          tabindex: element.getAttribute('tabindex'),
          role: element.getAttribute('role'),
          named: (element.getAttribute('aria-label') ?? document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent ?? '').trim().length > 0,
        })),
      );
    await page.goto(`${baseUrl}/runs/${id}`);
    await page.locator('#probability canvas').waitFor({ timeout: 60_000 });
    const onRun = await regionsOf();
    expect(onRun.length).toBeGreaterThan(0);
    for (const region of onRun) expect(region).toEqual({ tabindex: '0', role: 'region', named: true });
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: 'Recent runs' }).waitFor();
    await page.locator('.table-scroll').first().waitFor();
    for (const region of await regionsOf()) expect(region).toEqual({ tabindex: '0', role: 'region', named: true });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
