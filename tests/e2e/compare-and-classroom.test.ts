// A comparison of two versions on common random numbers, a campaigner's
// preset with its alternatives, and classroom mode re-running in the browser.
// Each test starts in a fresh browser and sets up what it needs.
import type { Page, Request } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { apiRequest, openPage, pagePerTest, screenshot, seriousViolations, waitForRun } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;

const api = <T>(method: string, path: string, body?: unknown) => apiRequest<T>(baseUrl, method, path, body);

const session = pagePerTest((opened) => (page = opened));

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
    // Two versions of one scenario go by its name and their versions, and by version alone beside the other.
    expect(await page.locator('#compare-difference .reading').innerText()).toMatch(/^On the same trials, Riverside, two plans v2 leaves Riverside ICS £[\d.]+m worse off on average than v1/);
    expect(await page.locator('#compare-probability .reading').innerText()).toMatch(/The system meets its control total in \d+% of trials under Riverside, two plans v2, against \d+% under v1/);
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
      "On the same trials, Riverside ICS's outturn is the same under Riverside, easier total v2 as under v1 in every trial; only its position against its control total after risk share moves: £5.0m further above it on average (further above in every trial), as its control total is £5.0m lower.",
    );
    expect(reading).not.toMatch(/better off|worse off/);
    expect(await page.locator('#compare-system h3').innerText()).toContain('position against its control total');
    await screenshot(page, '20-comparison-control-total');
  });

  test("a comparison's share links work in a browser that has never seen it", async () => {
    const id = await twoVersions('Riverside, shared plans');
    const started = await api<{ id: string }>('POST', '/compare', { baseline: { scenarioId: id, version: 1 }, alternative: { scenarioId: id, version: 2 }, trials: 500, seed: 4 });
    expect(await waitForRun(baseUrl, started.id)).toBe('done');

    // The link to the results, opened in a fresh browser (no storage from whoever started it).
    const { page: stranger, errors: strangerErrors } = await openPage(session.browser);
    await stranger.goto(`${baseUrl}/runs/${started.id}`);
    await stranger.locator('#compare-difference').waitFor({ timeout: 60_000 });
    expect(await stranger.locator('h1').innerText()).toBe('Comparison: Riverside, shared plans, version 1 against version 2');
    expect(await stranger.locator('#compare-difference .reading').innerText()).toMatch(/^On the same trials, Riverside, shared plans v2 leaves Riverside ICS £[\d.]+m worse off on average than v1/);
    expect(await stranger.locator('.sides').innerText()).toMatch(/Baseline: Riverside, shared plans v1\s+Alternative: Riverside, shared plans v2/);
    const rerun = new URL(await stranger.locator('.link-field input').nth(1).inputValue());
    expect(rerun.pathname).toBe('/reproduce');
    expect(Object.fromEntries(rerun.searchParams)).toEqual({ baseline: `${id}@1`, alternative: `${id}@2`, seed: '4', trials: '500', engine: expect.any(String) });
    await screenshot(stranger, '17-comparison-shared');
    await stranger.context().close();
    expect(strangerErrors).toEqual([]);

    // The link that runs it again, in another fresh browser: both sides, the seed and the trials, then the same numbers.
    const { page: another, errors: anotherErrors } = await openPage(session.browser);
    await another.goto(rerun.href);
    // Each side named in words, with its id and version beside it.
    await expect
      .poll(() => another.locator('dl.what').innerText())
      .toMatch(new RegExp(`Baseline\\s+Riverside, shared plans, version 1 \\(${id}@1\\)\\s+Alternative\\s+Riverside, shared plans, version 2 \\(${id}@2\\)\\s+Seed\\s+4\\s+Trials\\s+500`));
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

  test("the builder's Compare versions runs on the scenario's own trials and seed, as its run page does, and names both versions", async () => {
    // The system control total preset runs 5,000 trials on seed 2019; a second version changes only its risk-share rule.
    const copy = await api<{ id: string }>('POST', '/scenarios/preset-system-control-total/duplicate', { name: 'Shire, pro rata' });
    const { document } = await api<{ document: { systems: Array<{ riskShare: unknown }> } }>('GET', `/scenarios/${copy.id}`);
    document.systems[0].riskShare = { rule: 'proRata', label: 'Pro rata to income' };
    await api('PUT', `/scenarios/${copy.id}`, { document, expectedVersion: 1 });

    await page.goto(`${baseUrl}/scenarios/${copy.id}`);
    await page.getByRole('link', { name: 'Compare versions' }).click();
    await page.waitForURL((url) => url.pathname === '/compare' && url.searchParams.get('baseline') === `${copy.id}@1`);
    const trials = page.getByRole('textbox', { name: 'Trials', exact: true });
    await expect.poll(() => trials.inputValue()).toBe('5000');
    expect(await page.getByRole('textbox', { name: 'Seed', exact: true }).inputValue()).toBe('2019');
    const note = page.locator('#compare-settings-note');
    expect(await note.innerText()).toBe("5,000 trials and seed 2019: the baseline's own settings, so its chances here match those of a run of it.");
    // Other trials are told apart from the baseline's, and one click puts its own back.
    await trials.fill('2000');
    await expect.poll(() => note.innerText()).toMatch(/^A run of the baseline uses 5,000 trials and seed 2019: with other trials or seed, its chances here differ slightly/);
    await note.getByRole('button', { name: "Use the baseline's" }).click();
    await expect.poll(() => trials.inputValue()).toBe('5000');
    // Trials and seed the server would refuse are caught in the page, as in the run form.
    const compare = page.getByRole('button', { name: 'Compare', exact: true });
    await trials.fill('0');
    await expect.poll(() => page.locator('#compare-settings-problems .issue').allInnerTexts()).toEqual(['Trials must be a whole number, 1 or more, not 0']);
    expect(await compare.isDisabled()).toBe(true);
    await trials.fill('5000');
    await expect.poll(() => page.locator('#compare-settings-problems .issue').count()).toBe(0);
    expect(await compare.isDisabled()).toBe(false);
    await screenshot(page, '24-compare-versions-settings');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.waitForURL(/\/runs\//);
    await page.locator('#compare-difference').waitFor({ timeout: 120_000 });
    const runId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
    expect(await api<{ trials: number; seed: number }>('GET', `/runs/${runId}`)).toMatchObject({ trials: 5000, seed: 2019 });
    expect(await page.locator('section[aria-label="Comparison"] > p.muted').first().innerText()).toMatch(/^Both ran on the same 5,000 trials \(seed 2019\)/);
    expect(await page.locator('.sides').innerText()).toMatch(/Baseline: Shire, pro rata v1\s+Alternative: Shire, pro rata v2/);
    expect(await page.locator('#compare-probability .reading').innerText()).toMatch(/^The system meets its control total in \d+% of trials under Shire, pro rata v2, against \d+% under v1/);
    expect(await page.locator('#compare-difference .note').innerText()).toMatch(/^Shire, pro rata v2 minus v1: position against the control total after risk share/);
    expect(await page.locator('#compare-probability table thead th').allTextContents()).toEqual(['Organisation', 'Shire, pro rata v1', 'Shire, pro rata v2']);
    await screenshot(page, '25-compare-versions-results');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a preset with alternatives shows the bed and money differences of leaving interventions out', async () => {
    const { id } = await api<{ id: string }>('POST', '/runs', { scenarioId: 'preset-bed-cuts', trials: 1000 });
    await page.goto(`${baseUrl}/runs/${id}`);
    await page.locator('#alternatives-heading').waitFor({ timeout: 120_000 });
    await page.locator('#compare-beds').waitFor();
    expect(await page.locator('#compare-beds .reading').innerText()).toMatch(/^On the same patients, .* a year on average/);
    // Under the trolley queue (the default front door) the patients who find no bed wait: the chart says how many, and how many over 12 hours.
    expect(await page.locator('#beds-waited .reading').innerText()).toMatch(/emergency patients wait on a trolley for a bed at .* of them wait over 12 hours from the decision to admit\./);
    expect(await page.locator('#beds-refused').count()).toBe(0);
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

    // Protect social care with £2m a year: 16 beds closed pay for 165 more home care packages.
    const care = page.getByRole('slider', { name: 'Social care or beds' });
    expect(await care.getAttribute('aria-valuetext')).toBe('£0m: as the preset');
    await care.focus();
    for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowRight');
    expect(await page.locator('output[for="lever-care"]').innerText()).toBe('£2m to care');
    expect(await care.getAttribute('aria-valuetext')).toBe('£2m a year to social care');
    expect(await page.locator('#lever-care-help').innerText()).toBe('16 beds closed pay for 165 more home care packages.');
    await expect.poll(() => page.locator('.timing').innerText(), { timeout: 60_000 }).toMatch(/2,000 trials in [\d.]+ s, in this browser/);
    await screenshot(page, '12-classroom-changed', false);
    page.off('request', onRequest);
    expect(runRequests).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  test("the chance-of-meeting chart keeps every organisation's name whole when the levers move, on a laptop and on a projector", async () => {
    await page.goto(`${baseUrl}/classroom`);
    await expect.poll(() => page.locator('.timing').innerText(), { timeout: 60_000 }).toMatch(/in this browser/);
    // The highest pay award and the most bed cuts: "under 1%" beside the bars takes room from the names.
    for (const name of ['Pay award', 'Bed cuts']) {
      await page.getByRole('slider', { name }).focus();
      await page.keyboard.press('End');
    }
    expect(await page.locator('output[for="lever-pay"]').innerText()).toBe('10%');
    expect(await page.locator('output[for="lever-beds"]').innerText()).toBe('200 beds');
    await expect
      .poll(
        () =>
          page
            .locator('#probability table')
            .first()
            .evaluate((table) => table.textContent),
        { timeout: 60_000 },
      )
      .toContain('under 1%');
    await expect.poll(() => page.locator('.timing').innerText(), { timeout: 60_000 }).toMatch(/in this browser/);
    const canvas = page.locator('#probability canvas');
    // Names are drawn right-aligned against the axis: one too wide for its room runs off the left edge,
    // so the first few columns of pixels stay background only when every name is whole.
    const inkAtLeftEdge = () =>
      canvas.evaluate((element) => {
        const { width, height } = element as HTMLCanvasElement;
        const { data } = (element as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, Math.min(4, width), height);
        let dark = 0;
        for (let index = 0; index < data.length; index += 4) if (data[index] + data[index + 1] + data[index + 2] < 3 * 160) dark++;
        return dark;
      });
    expect(await inkAtLeftEdge(), '1280×720').toBe(0);
    await screenshot(page, '27-classroom-levers-at-most', false);
    // A projector's 1024×768: the charts stack in one column, and the chart is drawn again at its new width.
    const laptopWidth = await canvas.evaluate((element) => (element as HTMLCanvasElement).width);
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(() => canvas.evaluate((element) => (element as HTMLCanvasElement).width)).not.toBe(laptopWidth);
    expect(await inkAtLeftEdge(), '1024×768').toBe(0);
  });

  test('the classroom fits a 1280×720 screen and a 1920×1080 one, keeps its levers in the address, shows the last result faintly and resets', async () => {
    await page.goto(`${baseUrl}/classroom?efficiency=0.07&rule=proRata&beds=50`);
    const finished = () => expect.poll(() => page.locator('.timing').innerText(), { timeout: 60_000 }).toMatch(/2,000 trials in [\d.]+ s, in this browser/);
    await finished();
    // The address's levers, not the preset's.
    expect(await page.locator('output[for="lever-efficiency"]').innerText()).toBe('7%');
    expect(await page.locator('output[for="lever-beds"]').innerText()).toBe('50 beds');
    expect(await page.getByRole('radio', { name: 'Share it pro rata' }).isChecked()).toBe(true);
    // Nothing below the fold, every slider spoken with its unit, and the chance chart says which chance it is.
    expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0);
    for (const slider of await page.getByRole('slider').all()) expect(await slider.getAttribute('aria-valuetext')).toMatch(/\d/);
    expect(await page.locator('#probability h2, #probability h3').first().innerText()).toContain('after risk share');
    await screenshot(page, '31-classroom-1280x720', false);

    // Move a lever: the address follows, and the numbers behind the chart keep the result before the change.
    const pay = page.getByRole('slider', { name: 'Pay award' });
    await pay.focus();
    for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?efficiency=0.07&pay=0.045&rule=proRata&beds=50');
    await finished();
    await expect.poll(() => page.locator('#probability table th').allTextContents(), { timeout: 60_000 }).toContain('After risk share, before your last change');
    await finished();
    await screenshot(page, '32-classroom-after-a-change', false);

    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0);
    const readingSize = await page.locator('#probability .reading').evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(readingSize).toBeGreaterThanOrEqual(20);
    await screenshot(page, '33-classroom-1920x1080', false);

    // Reset: the preset's levers, and a clean address.
    await page.getByRole('button', { name: 'Reset levers' }).click();
    expect(await page.locator('output[for="lever-efficiency"]').innerText()).toBe('4.5%');
    expect(await page.locator('output[for="lever-beds"]').innerText()).toBe('0 beds');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('');
    expect(await seriousViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  test('the classroom is readable on a projector-sized screen', async () => {
    const { page: projector } = await openPage(session.browser, { width: 1024, height: 768 });
    await projector.goto(`${baseUrl}/classroom`);
    await projector.locator('#probability canvas').waitFor({ timeout: 60_000 });
    const size = await projector.locator('#probability .reading').evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    await screenshot(projector, '13-classroom-1024x768', false);
    await projector.context().close();
  });
});
