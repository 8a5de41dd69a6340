// Shared by the browser tests: Debian's Chromium driven by playwright-core,
// screenshots for people to look at, and an axe-core accessibility scan.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';

export const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const CHROMIUM = '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`the browser tests drive Debian's Chromium at ${CHROMIUM}: install it with apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A page at a laptop-sized 1280×720 that records uncaught errors and console errors. */
export async function openPage(browser: Browser, options: { width?: number; height?: number } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 720 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // The browser logs every 4xx answer; the tests check those through the page itself.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(`console error: ${message.text()}`);
  });
  // Leaving a page with unsaved changes asks first; the tests say yes.
  page.on('dialog', (dialog) => void dialog.accept());
  return { page, errors };
}

/**
 * The hooks every browser test file needs: one browser for the file, a fresh
 * page for each test (handed to `onPage`), closed after it, and a test fails
 * if its page logged an error behind its back. Call it once at the top of a
 * test file; `browser` is for tests that open pages of their own, `errors`
 * for a test that checks its page's errors before it ends.
 * @example
 * let page: Page;
 * const session = pagePerTest((opened) => (page = opened));
 */
export function pagePerTest(onPage: (page: Page) => void): { readonly browser: Browser; readonly errors: readonly string[] } {
  let browser: Browser | undefined;
  let current: { page: Page; errors: string[] } | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    current = await openPage(browser!);
    onPage(current.page);
  });
  afterEach(async () => {
    await current?.page.context().close();
    // Nothing went wrong in the page behind the test's back.
    expect(current?.errors).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('pagePerTest: the browser starts in beforeAll; use it inside a test');
      return browser;
    },
    get errors() {
      if (!current) throw new Error("pagePerTest: each test's page opens in beforeEach; read its errors inside a test");
      return current.errors;
    },
  };
}

/** Saves a screenshot under tests/e2e/screenshots/ (git-ignored) to look at. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated rather than added as a script tag: the server's Content-Security-Policy (script-src 'self') blocks inline scripts, as it should.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** A request to the server's API, for tests that set up what they need without the UI. */
export async function apiRequest<T>(baseUrl: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/api${path}`, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Waits until a run has finished, and says how. */
export async function waitForRun(baseUrl: string, id: string, timeoutMs = 120_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { status } = await apiRequest<{ status: string }>(baseUrl, 'GET', `/runs/${id}`);
    if (status !== 'queued' && status !== 'running') return status;
    if (Date.now() > deadline) throw new Error(`run ${id} still ${status} after ${timeoutMs} ms`);
    await new Promise((wait) => setTimeout(wait, 200));
  }
}
