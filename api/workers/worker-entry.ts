import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The folder of the built bundles, set by scripts/bundle.mjs (esbuild's
 * `define`) in every bundle it builds; undefined when the code runs from its
 * TypeScript sources (tsx, vitest).
 */
declare const ICS_BUNDLE_DIR: string | undefined;

/**
 * Where a worker thread starts: its bundle (`dist/workers/NAME.mjs`, built
 * with the tool that starts it) when this code is itself a bundle, so a
 * bundled server or command line starts its threads as fast as itself;
 * otherwise `sourceEntry`, the small .mjs file that loads the worker's
 * TypeScript through tsx.
 */
export function workerEntry(name: string, sourceEntry: URL): URL {
  return typeof ICS_BUNDLE_DIR === 'string' ? pathToFileURL(join(ICS_BUNDLE_DIR, 'workers', `${name}.mjs`)) : sourceEntry;
}
