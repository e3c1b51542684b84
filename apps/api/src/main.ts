/** Starts Klasteris: validate the environment, prepare the runtime, listen. */
import 'reflect-metadata';

import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './bootstrap';
import { leaveSignalsToTheApplication } from './platform/database/embedded-postgres';
import { prepareRuntime } from './platform/prepare-runtime';
import { runWorker } from './worker';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => process.stdout.write(`${JSON.stringify({ level: 'info', time: new Date().toISOString(), msg: line })}\n`);
  const runtime = await prepareRuntime(config, log);
  if (config.role === 'worker') {
    await runWorker(runtime);
    return;
  }
  const app = await createApp(runtime.config);
  stopOnSignal(async () => {
    await app.close();
    await runtime.shutdown();
  });
  await app.listen(config.port, '0.0.0.0');
  log(`Klasteris is listening on http://localhost:${config.port} (${runtime.config.embeddedDatabase ? 'embedded PostgreSQL' : 'external PostgreSQL'}, ${config.redisUrl ? 'Redis' : 'no Redis'}, role ${config.role})`);
}

const ADMIN_SHUTDOWN = '57P01';

/** Close sockets and jobs first, then the embedded PostgreSQL, then leave. */
export function stopOnSignal(stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    // Once the application has closed, a pooled connection that a library still holds to the embedded
    // PostgreSQL may hear the server's own shutdown notice (57P01). That is the stop we asked for.
    process.on('uncaughtException', (error: Error & { code?: string }) => {
      if (error.code === ADMIN_SHUTDOWN) return;
      process.stderr.write(`Shutdown failed: ${error.stack ?? error.message}\n`);
      process.exit(1);
    });
    process.stdout.write(`${JSON.stringify({ level: 'info', time: new Date().toISOString(), msg: `${signal}: shutting down` })}\n`);
    stop()
      .catch((error: unknown) => process.stderr.write(`Shutdown failed: ${String(error)}\n`))
      .finally(() => process.exit(0));
  };
  leaveSignalsToTheApplication();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Klasteris failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
