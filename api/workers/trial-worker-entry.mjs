// Entry point of each worker thread. It registers tsx's TypeScript loader in
// this thread, then loads the worker itself. (On Node 20,
// `new Worker(url, { execArgv: ['--import', 'tsx'] })` does not apply the
// loader to a worker's own .ts entry file, so the worker starts from this
// small JavaScript file instead.)
import { register } from 'tsx/esm/api';

register();
await import('./trial-worker.ts');
