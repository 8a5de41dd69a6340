import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { parseScenarioText, type Scenario } from '../../engine/index.ts';
import { buildApp } from '../../api/app.ts';
import type { AppOptions } from '../../api/config.ts';
import type { RunView } from '../../api/wire/runs.ts';

export type { RunView };

export const ROOT = join(import.meta.dirname, '..', '..');

/** A preset's document, parsed. */
export function presetDocument(stem: string): Scenario {
  const parsed = parseScenarioText(readFileSync(join(ROOT, 'scenarios', `${stem}.yaml`), 'utf8'));
  if (!parsed.ok) throw new Error(`${stem}.yaml does not parse`);
  return parsed.document as Scenario;
}

/** A fresh data folder, removed by the returned function. */
export function temporaryDataDir(): { dataDir: string; remove: () => void } {
  const dataDir = mkdtempSync(join(tmpdir(), 'ics-api-test-'));
  return { dataDir, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** The app on a temporary database with one worker unless told otherwise; `close` also removes the data. */
export async function testApp(overrides: Partial<AppOptions> = {}): Promise<FastifyInstance & { removeData: () => void }> {
  const temporary = overrides.dataDir ? undefined : temporaryDataDir();
  const app = await buildApp({ workers: 1, uiDistDir: join(ROOT, 'tests', 'api', 'no-ui-here'), ...overrides, dataDir: overrides.dataDir ?? temporary?.dataDir });
  await app.ready();
  return Object.assign(app, { removeData: () => temporary?.remove() });
}

/** Polls a run until it has finished (or the time runs out). */
export async function waitForRun(app: FastifyInstance, id: string, until: (run: RunView) => boolean = (run) => !['queued', 'running'].includes(run.status), timeoutMs = 50_000): Promise<RunView> {
  const started = Date.now();
  for (;;) {
    const run = (await app.inject({ method: 'GET', url: `/api/runs/${id}` })).json() as RunView;
    if (until(run)) return run;
    if (Date.now() - started > timeoutMs) throw new Error(`run ${id} still ${run.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Server-sent events parsed from a finished event stream. */
export function parseEvents(payload: string): { event: string; data: Record<string, unknown> }[] {
  return payload
    .split('\n\n')
    .filter((block) => block.startsWith('event:'))
    .map((block) => {
      const [eventLine, dataLine] = block.split('\n');
      return { event: eventLine.slice('event: '.length), data: JSON.parse(dataLine.slice('data: '.length)) as Record<string, unknown> };
    });
}

/** The body of a refused request: every 4xx is `{ error, issues }`, here with the one issue naming where the problem is. */
export function refusal(error: string, path: string): { error: string; issues: Array<{ path: string; message: string }> } {
  return { error, issues: [{ path, message: error }] };
}
