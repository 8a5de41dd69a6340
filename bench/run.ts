// npm run bench: trials per second and peak memory for each preset, each in a
// fresh process so that one preset's memory does not colour the next.
// Usage: npm run bench [-- --trials N]
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const trialsArgument = process.argv.indexOf('--trials');
const trials = trialsArgument > 0 ? Number(process.argv[trialsArgument + 1]) : 10_000;
const presets = ['scenarios/teaching.yaml', 'scenarios/system-control-total.yaml', 'scenarios/bed-cuts.yaml'];
const root = join(import.meta.dirname, '..');

console.log(`Engine benchmark: ${trials.toLocaleString('en-GB')} trials per preset, one thread, Node ${process.version}`);
console.log('(modelsPerTrial: the scenario, plus each alternative risk-share rule and each alternative it compares, all run per trial)\n');
const rows = presets.map((preset) => {
  const output = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench/preset.ts'), preset, String(trials)], { cwd: root, encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').pop() as string) as Record<string, number | string>;
});
console.table(rows);

// The worst single requests (issue 18): each must answer 4xx in well under a second.
console.log('');
process.stdout.write(execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench/hostile.ts')], { cwd: root, encoding: 'utf8' }));
