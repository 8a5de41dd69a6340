// npm run bench (second part): each hostile request of issue 18, sent once to
// a fresh app by app.inject; prints its status, time and response size, one
// line per request as it finishes.
// Usage: tsx bench/hostile.ts [case number, from 0]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../api/app.ts';
import { hostileRequests } from './hostile-inputs.ts';

const only = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
const dataDir = mkdtempSync(join(tmpdir(), 'ics-bench-hostile-'));
const app = await buildApp({ dataDir, workers: 1, uiDistDir: join(dataDir, 'no-ui') });
await app.ready();
if (only === undefined) console.log('Hostile requests (issue 18): one request each, by app.inject; each should answer 4xx in under 1 s');
for (const [index, request] of hostileRequests().entries()) {
  if (only !== undefined && index !== only) continue;
  const started = performance.now();
  const response = await app.inject({ method: 'POST', url: request.url, payload: request.payload, headers: { 'content-type': 'application/json' } });
  const seconds = (performance.now() - started) / 1000;
  const figures = { status: response.statusCode, seconds: Number(seconds.toFixed(3)), bodyKb: Math.round(request.payload.length / 1024), responseKb: Math.round(response.body.length / 1024) };
  console.log(`${request.name.padEnd(52)} ${JSON.stringify(figures)}`);
}
await app.close();
rmSync(dataDir, { recursive: true, force: true });
