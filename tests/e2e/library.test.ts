// The library's own actions: import a file (and see why a broken one is
// refused), duplicate a preset, delete a copy, list and delete recent runs, and
// find a page that is not there.
// Each test starts in a fresh browser.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { apiRequest, pagePerTest, screenshot, seriousViolations, waitForRun } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;

const session = pagePerTest((opened) => (page = opened));

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

  test("a preset duplicates into a scenario of one's own, which can be deleted", async () => {
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

  test('a finished run is listed by name and status, and is deleted once confirmed in the row', async () => {
    const { id } = await apiRequest<{ id: string }>(baseUrl, 'POST', '/runs', { scenarioId: 'preset-teaching', trials: 200, seed: 4242 });
    expect(await waitForRun(baseUrl, id)).toBe('done');
    await page.goto(baseUrl);
    const recent = page.getByRole('region', { name: 'Recent runs' });
    const row = recent.locator(`tr[data-run="${id}"]`);
    await row.waitFor();
    const cells = await row.locator('td').allInnerTexts();
    expect(cells.slice(0, 5)).toEqual(['Teaching ICS (one year)', 'Run', 'Finished', '200', '4242']);
    expect(cells[5]).toMatch(/^\d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/);
    expect(await row.getByRole('link', { name: 'Teaching ICS (one year)' }).getAttribute('href')).toBe(`/runs/${id}`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '31-library-recent-runs');

    // Delete asks in the row; "No" has the focus, so Enter twice keeps the run.
    await row.getByRole('button', { name: /^Delete the run of Teaching ICS \(one year\) started / }).click();
    const question = row.getByRole('group', { name: /^Delete the run of Teaching ICS \(one year\) started .*\?$/ });
    await question.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('No');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '32-library-recent-run-delete-asks');
    await page.keyboard.press('Enter');
    expect(await question.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Delete the run of Teaching ICS/);

    // By keyboard: Delete, back to Yes, Enter.
    await page.keyboard.press('Enter');
    await question.waitFor();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Yes');
    await page.keyboard.press('Enter');
    await expect.poll(() => row.count()).toBe(0);
    expect(await recent.getByRole('status').innerText()).toBe('Deleted the run of Teaching ICS (one year).');
    expect((await fetch(`${baseUrl}/api/runs/${id}`)).status).toBe(404);
  });

  test('recent runs never hold up the scenarios, say when there are none, and say why a delete was refused', async () => {
    // A list that has not answered yet: the presets show regardless.
    let answer: (runs: unknown[]) => void = () => {};
    let asked = 0;
    await page.route('**/api/runs?limit=20', async (route) => {
      asked++;
      const runs = await new Promise<unknown[]>((done) => (answer = done));
      await route.fulfill({ json: { runs } });
    });
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Presets' }).waitFor();
    const recent = page.getByRole('region', { name: 'Recent runs' });
    expect(await recent.innerText()).toContain('Loading recent runs…');
    await expect.poll(() => asked).toBe(1);
    answer([]);
    await expect.poll(() => recent.locator('p.muted').innerText()).toBe('Runs and comparisons appear here once you start them.');
    expect(await recent.locator('table').count()).toBe(0);

    // A run the server will not delete (it started again elsewhere, say): the refusal shows in its row.
    const run = {
      id: 'r-refused',
      kind: 'compare',
      status: 'cancelled',
      trials: 500,
      seed: 7,
      scenarioName: 'Teaching ICS (one year)',
      alternative: { scenarioName: 'Bed cuts' },
      engineVersion: '0',
      progress: { done: 0, total: 500 },
      createdAt: '2025-03-04T09:05:00Z',
    };
    await page.route('**/api/runs/r-refused', (route) => route.fulfill({ status: 409, json: { error: 'Conflict', message: 'run "r-refused" is running: cancel it first', issues: [] } }));
    await page.reload();
    await expect.poll(() => asked).toBe(2);
    answer([run]);
    const row = recent.locator('tr[data-run="r-refused"]');
    await row.waitFor();
    expect((await row.locator('td').allInnerTexts()).slice(0, 5)).toEqual(['Teaching ICS (one year) against Bed cuts', 'Comparison', 'Cancelled', '500', '7']);
    await row.getByRole('button', { name: /^Delete the comparison of Teaching ICS \(one year\) against Bed cuts/ }).click();
    await row.getByRole('button', { name: 'Yes' }).click();
    await expect.poll(() => row.getByRole('alert').innerText()).toBe('Not deleted: it is still queued or running. Cancel it on its page first.');
    expect(await row.count()).toBe(1);
    // Focus is not lost with the question: it is back on the row's Delete.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Delete the comparison of Teaching ICS/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '33-library-recent-run-refused');
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
    expect(session.errors).toEqual([]);
  });

  test('the header links to the API documentation, which the server serves as a page of its own, with no serious accessibility problem', async () => {
    await page.goto(baseUrl);
    await page.getByRole('link', { name: 'API docs' }).click();
    await page.waitForURL(/\/docs/);
    await expect.poll(() => page.locator('#swagger-ui').innerText(), { timeout: 30_000 }).toContain('/api/runs');
    await screenshot(page, '26-api-docs', false);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
