// "Save and run" on a scenario never saved: it saves once, asks nothing about
// unsaved changes, starts the run and shows it, and the builder never asks
// the server about a scenario it has no id for.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { pagePerTest } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;

pagePerTest((opened) => (page = opened));

describe('save and run on a new scenario', () => {
  test('saves, asks nothing, starts the run and opens it; no request names an undefined scenario', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => dialogs.push(dialog.message()));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
    await page.goto(`${baseUrl}/scenarios/new`);
    await expect.poll(() => page.locator('.meta-line').first().innerText(), { timeout: 10_000 }).toContain('No problems found');
    const status = await page.locator('.meta-line').first().innerText();
    expect(status).toContain('Not saved yet');
    expect(status).not.toContain('All changes saved');
    await page.getByRole('button', { name: 'Run…' }).click();
    await page.getByRole('button', { name: 'Save and run' }).click();
    await page.waitForURL(/\/runs\/[^/]+$/, { timeout: 20_000 });
    expect(dialogs).toEqual([]);
    expect(requests.filter((request) => request === 'POST /api/scenarios')).toHaveLength(1);
    expect(requests.filter((request) => request === 'POST /api/runs')).toHaveLength(1);
    expect(requests.filter((request) => request.includes('undefined'))).toEqual([]);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 20_000 }).toContain('New scenario');
  });
});
