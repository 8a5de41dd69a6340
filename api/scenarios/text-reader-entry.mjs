// Entry point of the scenario-text reader's worker thread: registers tsx's
// TypeScript loader in this thread, then loads the reader (see
// api/workers/trial-worker-entry.mjs for why a .mjs entry is needed on Node 20).
import { register } from 'tsx/esm/api';

register();
await import('./text-reader-worker.ts');
