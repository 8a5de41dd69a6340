// Built bundles of the command-line tools, the server and the job queue's
// worker process (issue 11: start-up under 0.3 s). `node scripts/bundle.mjs
// sim ARGS…` runs `api/cli/sim.ts` from one JavaScript file made by esbuild
// (dist/cli/sim.mjs), building it first when it is missing or older than any
// source it could contain, so `npm run sim`, `npm start` and `npm run worker`
// stay right on a fresh machine and after every edit. Under tsx the same
// command loads about 400 TypeScript files and all of mathjs (4 s and 200 MB
// before the first trial); the bundle is one file with mathjs's unused parts
// left out. A tool that starts worker threads has their bundles built with
// it, and finds them through ICS_BUNDLE_DIR (api/workers/worker-entry.ts).
// `node scripts/bundle.mjs --build` builds every bundle and exits.
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
/**
 * Each tool: its entry file, its bundle, and the bundles of the worker threads
 * it starts. Packages named in `external` are loaded from node_modules as they
 * are: a native module (better-sqlite3) and packages that read their own files
 * at run time (the API documentation's pages) cannot be bundled, and the
 * server's packages are plain JavaScript that Node loads quickly.
 */
const SERVER_PACKAGES = ['fastify', '@fastify/*', 'fastify-plugin', 'better-sqlite3', 'bullmq', 'ioredis', 'exceljs'];
const BUNDLES = {
  sim: { entry: 'api/cli/sim.ts', output: 'dist/cli/sim.mjs', workers: ['trial-worker'] },
  scenario: { entry: 'api/cli/scenario.ts', output: 'dist/cli/scenario.mjs' },
  server: { entry: 'api/server.ts', output: 'dist/server/server.mjs', workers: ['trial-worker', 'text-reader'], external: SERVER_PACKAGES },
  'build-ui': { entry: 'api/build-ui.ts', output: 'dist/server/build-ui.mjs' },
  worker: { entry: 'api/queue/chunk-worker.ts', output: 'dist/queue/chunk-worker.mjs', workers: ['trial-worker'], external: SERVER_PACKAGES },
  'trial-worker': { entry: 'api/workers/trial-worker.ts', output: 'dist/workers/trial-worker.mjs' },
  'text-reader': { entry: 'api/scenarios/text-reader-worker.ts', output: 'dist/workers/text-reader.mjs' },
};
/** The tools one can run (the workers' bundles are started by them, not from here). */
const TOOLS = ['sim', 'scenario', 'server', 'build-ui', 'worker'];
/** What a bundle is built from: a change to any of these rebuilds it. */
const SOURCES = ['engine', 'api', 'package-lock.json', 'scripts/bundle.mjs'];

function newestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

function builtAt(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -Infinity;
  }
}

/** Builds a tool's bundle, and those of its workers, when missing or stale; returns the tool's path. */
async function ensureBundle(name, sourcesChanged = Math.max(...SOURCES.map((source) => newestChange(join(ROOT, source))))) {
  const { entry, output, workers = [], external = [] } = BUNDLES[name];
  const outputPath = join(ROOT, output);
  await Promise.all(workers.map((worker) => ensureBundle(worker, sourcesChanged)));
  if (builtAt(outputPath) > sourcesChanged) return outputPath;
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: { [basename(output, '.mjs')]: join(ROOT, entry) },
    outdir: dirname(outputPath),
    outExtension: { '.js': '.mjs' },
    // A module loaded on demand (the job queue's client in the server) becomes a chunk of its own. Without
    // splitting, esbuild wraps it and everything it imports (the engine, mathjs) to be initialised lazily,
    // which keeps all of mathjs, evaluated at start (about 0.9 s).
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Whitespace and syntax only: names stay, so a stack trace (SIM_DEBUG=1) still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    write: false,
    logLevel: 'warning',
    external,
    // Where the code finds its worker threads' bundles (api/workers/worker-entry.ts); under tsx it is undefined.
    define: { ICS_BUNDLE_DIR: JSON.stringify(DIST) },
    // CommonJS packages bundled into an ES module still call require for Node's own modules.
    banner: { js: "import { createRequire as bundleCreateRequire } from 'node:module'; const require = bundleCreateRequire(import.meta.url);" },
    // Each source keeps its own place: import.meta.dirname and url name the file it was written in, not the bundle.
    plugins: [
      {
        name: 'source-location',
        setup(builder) {
          builder.onLoad({ filter: /[\\/](engine|api)[\\/].*\.ts$/ }, async (arguments_) => {
            const { readFile } = await import('node:fs/promises');
            const text = await readFile(arguments_.path, 'utf8');
            const located = text.replaceAll('import.meta.dirname', JSON.stringify(dirname(arguments_.path))).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(arguments_.path).href));
            return { contents: located, loader: 'ts' };
          });
        },
      },
    ],
  });
  // Each file written beside and renamed, so that two runs building at once never load half a file; the
  // chunks (named by their content) first, the entry that imports them last.
  const files = result.outputFiles.sort((first, second) => Number(first.path === outputPath) - Number(second.path === outputPath));
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  process.stderr.write(`built ${relative(ROOT, outputPath)} from ${entry}\n`);
  return outputPath;
}

const [name, ...rest] = process.argv.slice(2);
if (name === '--build') {
  for (const tool of TOOLS) await ensureBundle(tool);
} else if (TOOLS.includes(name)) {
  const path = await ensureBundle(name);
  // The tool reads its own arguments from process.argv, as if started directly.
  process.argv.splice(1, process.argv.length - 1, path, ...rest);
  await import(pathToFileURL(path).href);
} else {
  process.stderr.write(`usage: node scripts/bundle.mjs (${TOOLS.join(' | ')}) ARGS… | --build\n`);
  process.exitCode = 2;
}
