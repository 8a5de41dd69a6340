// Serves the API and the built UI on one port: `npm start` (or `tsx api/server.ts`).
// Settings come from environment variables; see README, "The server".
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';

async function main(): Promise<void> {
  const options = loadConfig();
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a whole number from 0 to 65535; got "${process.env.PORT}"`);
  const app = await buildApp(options, { logger: { level: process.env.LOG_LEVEL ?? 'info' } });

  let closing = false;
  const close = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: no new runs; running runs get the grace period to finish; then workers and database close');
    // A second signal, or a hung close, should not leave the process stuck.
    const force = setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, options.shutdownGraceMs + 10_000);
    force.unref();
    try {
      await app.close();
      app.log.info('closed');
    } catch (error) {
      app.log.error({ err: error }, 'error while closing');
      process.exitCode = 1;
    }
  };
  process.once('SIGINT', () => void close('SIGINT'));
  process.once('SIGTERM', () => void close('SIGTERM'));

  await app.listen({ port, host });
  app.log.info(
    { database: options.databasePath, workers: options.workers, ui: options.uiDistDir },
    `ICS money and beds: http://${host === '0.0.0.0' ? 'localhost' : host}:${(app.server.address() as { port: number }).port}/ (API docs at /docs)`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
