/**
 * ROLE=worker: the same application without HTTP or sockets, running only the
 * job processors. Live events it publishes reach clients through the Redis
 * adapter of the API processes.
 */
import { NestFactory } from '@nestjs/core';

import { AppModule } from './app.module';
import { leaveSignalsToTheApplication } from './platform/database/embedded-postgres';
import { createLogger, PinoNestLogger } from './platform/logging/logger';
import type { PreparedRuntime } from './platform/prepare-runtime';

export async function runWorker(runtime: PreparedRuntime): Promise<void> {
  const logger = createLogger(runtime.config.logLevel);
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(runtime.config), {
    logger: new PinoNestLogger(logger),
  });
  logger.info('Klasteris worker is running its job processors');
  const stop = async () => {
    await context.close();
    await runtime.shutdown();
  };
  leaveSignalsToTheApplication();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop().finally(() => process.exit(0)));
  }
}
