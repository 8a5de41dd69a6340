// A comparison of two versions on common random numbers, a campaigner's
// preset with its alternatives, and classroom mode re-running in the browser.
// Each test starts in a fresh browser and sets up what it needs.
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { apiRequest, launchBrowser, openPage, screenshot, seriousViolations, waitForRun } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let errors: string[];

const api = <T>(method: string, path: string, body?: unknown) => apiRequest<T>(baseUrl, method, path, body);

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

/** A saved copy of the teaching preset in two versions: the second with a smaller savings plan at Hillside. */
async function twoVersions(name: string): Promise<string> {
  const copy = await api<{ id: string }>('POST', '/scenarios/preset-teaching/duplicate', { name });
  const { document } = await api<{ document: { systems: Array<{ organisations: Array<{ id: string; cip?: { plan: unknown } }> }> } }>('GET', `/scenarios/${copy.id}`);
  document.systems[0].organisations.find((organisation) => organisation.id === 'hillside')!.cip!.plan = 0.03;
  await api('PUT', `/scenarios/${copy.id}`, { document, expectedVersion: 1 });
  return copy.id;
}

describe('comparing two scenarios', () => {
  test('two versions of a scenario compare side by side, with their difference on the same trials', async () => {
    // A copy of the teaching preset, then a second version where Hillside's savings plan is smaller.
    const copy = { id: await twoVersions('Riverside, two plans') };

    await page.goto(`${baseUrl}/compare`);
    await page.locator('#baseline-scenario').selectOption(copy.id);
    await page.locator('#alternative-scenario').selectOption(copy.id);
    await expect.poll(() => page.locator('#baseline-version option').count()).toBe(3);
    await page.locator('#baseline-version').selectOption('1');
    await page.locator('#alternative-version').selectOption('2');
    await screenshot(page, '08-compare-choose');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(/\/runs\//);
    await page.locator('#compare-difference').waitFor({ timeout: 120_000 });
    expect(await page.locator('h1').innerText()).toMatch(/^Comparison/);
    expect(await page.locator('#compare-difference .reading').innerText()).toMatch(/^On the same trials, Version 2 leaves Riverside ICS £[\d.]+m worse off on average than Version 1/);
    expect(await page.locator('#compare-probability .reading').innerText()).toMatch(/The system meets its control total in \d+% of trials under Version 2, against \d+% under Version 1/);
    await screenshot(page, '09-comparison');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('when only a control total changes, the reading says the outturn is the same and only the position moved', async () => {
    const copy = await api<{ id: string }>('POST', '/scenarios/preset-teaching/duplicate', { name: 'Riverside, easier total' });
    const { document } = await api<{ document: { systems: Array<{ organisations: Array<{ id: string; controlTotal?: unknown }> }> } }>('GET', `/scenarios/${copy.id}`);
    // The ICB may now end £5m in deficit: the system's total is £5m lower, and no money moves.
    document.systems[0].organisations.find((organisation) => organisation.id === 'riverside-icb')!.controlTotal = -5;
    await api('PUT', `/scenarios/${copy.id}`, { document, expectedVersion: 1 });
    const started = await api<{ id: string }>('POST', '/compare', { baseline: { scenarioId: copy.id, version: 1 }, alternative: { scenarioId: copy.id, version: 2 }, trials: 500, seed: 4 });
    expect(await waitForRun(baseUrl, started.id)).toBe('done');
    await page.goto(`${baseUrl}/runs/${started.id}`);
    await page.locator('#compare-difference').waitFor({ timeout: 60_000 });
    const reading = await page.locator('#compare-difference .reading').innerText();
    expect(reading).toBe(
      "On the same trials, Riverside ICS's outturn is the same under Version 2 as under Version 1 in every trial; only its position against its control total after risk share moves: £5.0m further above it on average (further above in every trial), as its control total is £5.0m lower.",
    );
    expect(reading).not.toMatch(/better off|worse off/);
    expect(await page.locator('#compare-system h3').innerText()).toContain('position against its control total');
    await screenshot(page, '20-comparison-control-total');
  });

  test('a comparison\'s share links work in a browser that has never seen it', async () => {
    const id = await twoVersions('Riverside, shared plans');
    const started = await api<{ id: string }>('POST', '/compare', { baseline: { scenarioId: id, version: 1 }, alternative: { scenarioId: id, version: 2 }, trials: 500, seed: 4 });
    expect(await waitForRun(baseUrl, started.id)).toBe('done');

    // The link to the results, opened in a fresh browser (no storage from whoever started it).
    const { page: stranger, errors: strangerErrors } = await openPage(browser);
    await stranger.goto(`${baseUrl}/runs/${started.id}`);
    await stranger.locator('#compare-difference').waitFor({ timeout: 60_000 });
    expect(await stranger.locator('h1').innerText()).toBe('Comparison: Riverside, shared plans, version 1 against version 2');
    expect(await stranger.locator('#compare-difference .reading').innerText()).toMatch(/^On the same trials, Version 2 leaves Riverside ICS £[\d.]+m worse off on average than Version 1/);
    expect(await stranger.locator('.sides').innerText()).toMatch(/Baseline: Version 1\s+Alternative: Version 2/);
    const rerun = new URL(await stranger.locator('.link-field input').nth(1).inputValue());
    expect(rerun.pathname).toBe('/reproduce');
    expect(Object.fromEntries(rerun.searchParams)).toEqual({ baseline: `${id}@1`, alternative: `${id}@2`, seed: '4', trials: '500', engine: expect.any(String) });
    await screenshot(stranger, '17-comparison-shared');
    await stranger.context().close();
    expect(strangerErrors).toEqual([]);

    // The link that runs it again, in another fresh browser: both sides, the seed and the trials, then the same numbers.
    const { page: another, errors: anotherErrors } = await openPage(browser);
    await another.goto(rerun.href);
    expect(await another.locator('dl.what').innerText()).toMatch(new RegExp(`Baseline\\s+${id}@1\\s+Alternative\\s+${id}@2\\s+Seed\\s+4\\s+Trials\\s+500`));
    await another.getByRole('button', { name: 'Run it' }).click();
    await another.waitForURL((url) => url.pathname.startsWith('/runs/') && !url.pathname.endsWith(started.id));
    await another.locator('#compare-difference').waitFor({ timeout: 120_000 });
    expect(await another.locator('h1').innerText()).toBe('Comparison: Riverside, shared plans, version 1 against version 2');
    const again = decodeURIComponent(new URL(another.url()).pathname.split('/').at(-1)!);
    const results = async (runId: string) => (await api<{ rows: unknown }>('GET', `/runs/${runId}/results`)).rows;
    expect(await results(again)).toEqual(await results(started.id));
    await another.context().close();
    expect(anotherErrors).toEqual([]);
  });

  test('a preset with alternatives shows the bed and money differences of leaving interventions out', async () => {
    const { id } = await api<{ id: string }>('POST', '/runs', { scenarioId: 'preset-bed-cuts', trials: 1000 });
    await page.goto(`${baseUrl}/runs/${id}`);
    await page.locator('#alternatives-heading').waitFor({ timeout: 120_000 });
    await page.locator('#compare-beds').waitFor();
    expect(await page.locator('#compare-beds .reading').innerText()).toMatch(/^On the same patients, .* a year on average/);
    expect(await page.locator('#beds-refused .reading').innerText()).toMatch(/emergency patients cannot be admitted/);
    await screenshot(page, '10-bed-cuts-results');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('classroom mode', () => {
  test('the levers re-run the teaching preset in the browser, with no server round trip', async () => {
    const runRequests: string[] = [];
    const onRequest = (request: Request) => {
      if (/\/api\/(runs|compare|validate)/.test(request.url())) runRequests.push(request.url());
    };
    page.on('request', onRequest);
    await page.goto(`${baseUrl}/classroom`);
    const reading = page.locator('#probability .reading');
    await expect.poll(() => page.locator('.timing').innerText(), { timeout: 60_000 }).toMatch(/2,000 trials in [\d.]+ s, in this browser/);
    const before = await reading.innerText();
    expect(before).toMatch(/^In \d+% of trials the system misses its control total/);
    await screenshot(page, '11-classroom', false);
    expect(await seriousViolations(page)).toEqual([]);

    // Raise the efficiency target with the keyboard: harder plans, lower odds.
    const slider = page.getByRole('slider', { name: 'Efficiency target' });
    await slider.focus();
    for (let step = 0; step < 8; step++) await page.keyboard.press('ArrowRight');
    expect(await page.locator('output[for="lever-efficiency"]').innerText()).toBe('6.5%');
    await expect.poll(() => reading.innerText(), { timeout: 60_000 }).not.toBe(before);
    await expect.poll(() => page.locator('.timing').innerText(), { timeout: 60_000 }).toMatch(/in this browser/);

    // Close 60 beds: the hospital fills up.
    const occupancy = page.locator('[id^="occupancy-"] .reading');
    const fullBefore = Number(/over 92% full on (\d+) days/.exec(await occupancy.innerText())?.[1]);
    const beds = page.getByRole('slider', { name: 'Bed cuts' });
    await beds.focus();
    for (let step = 0; step < 6; step++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(/over 92% full on (\d+) days/.exec(await occupancy.innerText())?.[1]), { timeout: 60_000 }).toBeGreaterThan(fullBefore);

    await page.getByRole('radio', { name: 'Each for itself' }).check();
    await expect.poll(() => page.locator('.timing').innerText(), { timeout: 60_000 }).toMatch(/in this browser/);
    await screenshot(page, '12-classroom-changed', false);
    page.off('request', onRequest);
    expect(runRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the classroom is readable on a projector-sized screen', async () => {
    const { page: projector } = await openPage(browser, { width: 1024, height: 768 });
    await projector.goto(`${baseUrl}/classroom`);
    await projector.locator('#probability canvas').waitFor({ timeout: 60_000 });
    const size = await projector.locator('#probability .reading').evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    await screenshot(projector, '13-classroom-1024x768', false);
    await projector.context().close();
  });
});
