// Runs one scenario in this process and prints one JSON line of figures.
// Usage: tsx bench/preset.ts <scenario.yaml> <trials>
import { readFileSync } from 'node:fs';
import { parseScenarioText, planModels, runScenario } from '../engine/index.ts';

const [file, trialsText] = process.argv.slice(2);
const trials = Number(trialsText);
const text = parseScenarioText(readFileSync(file, 'utf8'));
if (!text.ok) throw new Error(`${file} does not parse`);

let peakHeap = process.memoryUsage().heapUsed;
const started = performance.now();
const run = runScenario(text.document, {
  trials,
  chunkSize: 500,
  onProgress: () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  },
});
const seconds = (performance.now() - started) / 1000;
peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
const models = planModels(run.plan).length;
process.stdout.write(
  `${JSON.stringify({
    scenario: file,
    trials,
    modelsPerTrial: models,
    seconds: Number(seconds.toFixed(2)),
    trialsPerSecond: Math.round(trials / seconds),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    peakHeapMb: Math.round(peakHeap / 1024 / 1024),
  })}\n`,
);
