/**
 * Boots the real application (same bootstrap as production) on a database of
 * its own, listening on a random local port. Each integration test file calls
 * this in beforeAll and `close()` in afterAll.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { NestExpressApplication } from '@nestjs/platform-express';

import { createTestDatabase, testRedisUrl, uniquePrefix } from '../../../../tools/testing/test-postgres';
import { createApp } from '../../src/bootstrap';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { runMigrations } from '../../src/platform/database/run-migrations';
import type { RuntimeConfig } from '../../src/platform/prepare-runtime';

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  config: RuntimeConfig;
  close(): Promise<void>;
}

export interface TestAppOptions {
  label?: string;
  /** Use Redis (REDIS_URL) for rate limits, queues and the socket adapter. */
  redis?: boolean;
  /** Reuse an existing database instead of creating one (a second node, a restart). */
  databaseUrl?: string;
  config?: Partial<AppConfig>;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const label = options.label ?? 'app';
  const database = options.databaseUrl ? null : await createTestDatabase(label);
  const databaseUrl = options.databaseUrl ?? database!.url;
  await runMigrations(databaseUrl);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `klasteris-${label}-`));
  const redisUrl = options.redis ? testRedisUrl() : null;
  if (options.redis && !redisUrl) throw new Error('This test needs REDIS_URL; guard it with describeWithRedis');

  const config: RuntimeConfig = {
    ...loadConfig({}),
    dataDir,
    demoData: false,
    logLevel: 'silent',
    redisPrefix: uniquePrefix(label),
    ...options.config,
    redisUrl,
    databaseUrl,
    jwtSecret: 'integration-test-secret-that-is-long-enough',
    embeddedDatabase: false,
  };
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    baseUrl: `http://127.0.0.1:${address.port}`,
    config,
    async close() {
      await app.close();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs the block only where Redis is available, and says why otherwise. */
export const describeWithRedis: jest.Describe = (
  testRedisUrl()
    ? describe
    : (name: string, fn: () => void) => describe.skip(`${name} (skipped: REDIS_URL is not set)`, fn)
) as jest.Describe;
