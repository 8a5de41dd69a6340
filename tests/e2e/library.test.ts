// The library's own actions: import a file (and see why a broken one is
// refused), duplicate a preset, delete a copy, and find a page that is not there.
// Each test starts in a fresh browser.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage, screenshot, seriousViolations } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
});

beforeEach(async () => {
  ({ page, errors } = await openPage(browser));
});

afterEach(async () => {
  await page?.context().close();
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
});

describe('the scenario library', () => {
  test('a YAML file imports and opens in the builder', async () => {
    await page.goto(baseUrl);
    const text = readFileSync('scenarios/teaching.yaml', 'utf8').replace('name: Teaching ICS (one year)', 'name: Imported teaching ICS');
    await page.locator('input[type="file"]').setInputFiles({ name: 'imported.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
    await page.waitForURL(/\/scenarios\/(?!preset-)/);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Imported teaching ICS');
  });

  test('a broken file is refused with every problem listed', async () => {
    await page.goto(baseUrl);
    const text = readFileSync('scenarios/teaching.yaml', 'utf8').replace('years: 1', 'years: 0').replace('controlTotal: -15', 'controlTotal: lots');
    await page.locator('input[type="file"]').setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('broken.yaml could not be imported');
    const problems = await alert.locator('li').allInnerTexts();
    expect(problems).toContain('horizon.years: must be >= 1');
    expect(problems.some((problem) => problem.startsWith('systems[0].organisations[2].controlTotal'))).toBe(true);
    await screenshot(page, '14-library-import-refused');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a YAML syntax error is refused with where it is and what is wrong, in full', async () => {
    await page.goto(baseUrl);
    await page.locator('input[type="file"]').setInputFiles({ name: 'indented.yaml', mimeType: 'text/yaml', buffer: Buffer.from('name: Test\nsystems:\n  - id: a\n name: bad\n') });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('indented.yaml could not be imported');
    expect(await alert.innerText()).toBe('indented.yaml could not be imported. Line 4, column 1: not valid YAML: All mapping items must start at the same column.');
  });

  test('a picture renamed .yaml is refused as not a YAML or JSON scenario', async () => {
    await page.goto(baseUrl);
    // The first bytes of a PNG: its signature and the start of its header chunk.
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0x10, 0, 0, 0, 0x10, 0x08, 0x06, 0, 0, 0]);
    await page.locator('input[type="file"]').setInputFiles({ name: 'chart.yaml', mimeType: 'text/yaml', buffer: png });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('chart.yaml could not be imported');
    expect(await alert.innerText()).toBe('chart.yaml could not be imported. This is not a YAML or JSON scenario: the file holds binary data (as a picture or a spreadsheet does), not text.');
    await screenshot(page, '28-library-import-not-yaml');
  });

  test('a preset duplicates into a scenario of one\'s own, which can be deleted', async () => {
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Duplicate System control total - who covers whom' }).click();
    await page.waitForURL(/\/scenarios\/(?!preset-)/);
    await expect.poll(() => page.locator('h1').innerText()).toBe('System control total - who covers whom (copy)');
    await page.getByRole('link', { name: 'Library' }).click();
    const card = page.locator('article', { hasText: 'System control total - who covers whom (copy)' });
    await card.waitFor();
    await card.getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => card.count()).toBe(0);
  });

  test('keyboard alone reaches and opens a scenario', async () => {
    await page.goto(baseUrl);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    let found = false;
    for (let step = 0; step < 30 && !found; step++) {
      await page.keyboard.press('Tab');
      found = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) === 'Open Teaching ICS (one year)';
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/scenarios\/preset-teaching$/);
    // Focus moves to the new page's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  test('every section of the builder, with beds, interventions and alternatives, passes the accessibility scan', async () => {
    await page.goto(`${baseUrl}/scenarios/preset-bed-cuts`);
    await page.locator('nav.outline').waitFor();
    const sections = await page.locator('nav.outline li button').allInnerTexts();
    expect(sections).toContain('Interventions');
    for (const section of sections) {
      await page.locator('nav.outline li button', { hasText: section.trim() }).first().click();
      await page.locator('.section h2').first().waitFor();
      const violations = await seriousViolations(page);
      expect(violations, section).toEqual([]);
    }
    // The interventions on their timeline, and the alternatives that leave some out.
    expect(await page.locator('.timeline li').count()).toBe(5);
    expect(await page.locator('[data-path="alternatives[0].withoutInterventions"] input:checked').count()).toBe(4);
    await screenshot(page, '15-builder-interventions');
    await page.locator('nav.outline li button', { hasText: 'London North West University Healthcare NHS Trust' }).click();
    await page.locator('[data-path="systems[0].organisations[1].beds"]').waitFor();
    await screenshot(page, '16-builder-beds');
  });

  test('the header says when the server is slow to answer, or cannot be reached, and recovers when it answers', async () => {
    const status = page.locator('header .engine');
    // A slow server: its health check waits until released.
    let release = () => {};
    await page.route('**/api/health', async (route) => {
      await new Promise<void>((done) => (release = done));
      await route.continue();
    });
    await page.goto(baseUrl);
    await expect.poll(() => status.innerText()).toBe('connecting to the server…');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toBe('the server is slow to answer…');
    release();
    await expect.poll(() => status.innerText()).toMatch(/^engine \d/);

    // A server that cannot be reached: the header says so, and tries again until it answers.
    await page.unroute('**/api/health');
    await page.route('**/api/health', (route) => route.abort('connectionrefused'));
    await page.reload();
    await expect.poll(() => status.innerText()).toBe('server cannot be reached');
    await page.unroute('**/api/health');
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/^engine \d/);
  });

  test('an unknown address says so', async () => {
    await page.goto(`${baseUrl}/no/such/page`);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
