// A team server with sign-in on (SIGN_IN=on): the sign-in page, who is signed
// in, what a viewer cannot do, and who saved a version. It starts a server of
// its own, since the other browser tests share one with sign-in off.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runUsersCommand } from '../../api/cli/users.ts';
import { pagePerTest, screenshot, seriousViolations } from './browser.ts';
import { freePort, waitForHealth } from './global-setup.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PASSWORD = 'correct horse battery';
let page: Page;
let server: ChildProcess;
let dataDir: string;
let baseUrl: string;

pagePerTest((opened) => (page = opened));

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ics-e2e-sign-in-'));
  const env = { DATA_DIR: dataDir };
  await runUsersCommand(['add', 'ed', '--role', 'editor'], env, Readable.from([`${PASSWORD}\n`]));
  await runUsersCommand(['add', 'vera', '--role', 'viewer'], env, Readable.from([`${PASSWORD}\n`]));
  const port = await freePort();
  server = spawn(process.execPath, ['--import', 'tsx', 'api/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, WORKERS: '1', LOG_LEVEL: 'warn', SIGN_IN: 'on' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(`${baseUrl}/api/health`, server, 60_000);
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server.once('exit', done));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(name: string, password = PASSWORD): Promise<void> {
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('signing in to a shared server', () => {
  test('the app asks who you are, refuses a wrong password, then shows the library with who is signed in', async () => {
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Sign in');
    await signIn('ed', 'not the password');
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('That name and password do not match a user of this server.');
    await screenshot(page, '40-sign-in-refused');
    expect(await seriousViolations(page)).toEqual([]);
    await signIn('ed');
    await expect.poll(() => page.locator('.user').textContent()).toMatch(/Signed in as\s+ed\s+\(editor\)/);
    await expect.poll(() => page.locator('h1').innerText()).not.toBe('Sign in');
    await screenshot(page, '41-signed-in-library');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, '41-signed-in-library-1920', false);
  });

  test('an editor duplicates a preset and the version says who saved it; signing out returns to the sign-in page', async () => {
    await page.goto(`${baseUrl}/`);
    await signIn('ed');
    await page.getByRole('button', { name: 'Duplicate Teaching ICS (one year)', exact: true }).click();
    await page.waitForURL(/\/scenarios\/(?!preset-)/);
    await expect.poll(() => page.locator('.meta-line').first().innerText()).toMatch(/^Version 1, saved by ed ·/);
    await screenshot(page, '42-builder-saved-by');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Sign in');
    expect(await page.locator('header').innerText()).not.toContain('Signed in');
  });

  test('a viewer is shown no button the server would refuse: no run, duplicate, delete, import, save or solve; the builder says why', async () => {
    await page.goto(`${baseUrl}/`);
    await signIn('vera');
    await expect.poll(() => page.locator('.user').textContent()).toMatch(/Signed in as\s+vera\s+\(viewer\)/);
    await page.getByRole('link', { name: 'Open Teaching ICS (one year)', exact: true }).waitFor();
    for (const name of ['Run Teaching ICS (one year)', 'Duplicate Teaching ICS (one year)', 'Import a YAML or JSON file', 'Make this scenario']) {
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
    }
    await screenshot(page, '43-viewer-library', false);
    await page.getByRole('link', { name: 'Open Teaching ICS (one year)', exact: true }).click();
    await expect.poll(() => page.locator('.viewer-note').innerText()).toBe('Signed in as a viewer: you may change and check this scenario here, but not save or run it.');
    for (const name of ['Save as my copy', 'Run…']) expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
    await screenshot(page, '43-viewer-builder', false);
    expect(await seriousViolations(page)).toEqual([]);
    // The server still refuses what the page no longer offers, and says what a viewer may do.
    const refused = await page.evaluate(async () => {
      const { csrfToken } = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const response = await fetch('/api/scenarios/preset-teaching/duplicate', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: '{}' });
      return { status: response.status, body: await response.text() };
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('a viewer may look at scenarios and runs and check scenarios, but not save, run or delete');
  });
});
