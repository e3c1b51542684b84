/**
 * Jest global set-up: find or start the PostgreSQL that test databases are
 * created in, and say once whether Redis paths will run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startEmbeddedPostgres } from '../../apps/api/src/platform/database/embedded-postgres';
import { ADMIN_URL_VARIABLE } from './test-postgres';

declare global {
  var __klasterisTestPostgresStop: (() => Promise<void>) | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env[ADMIN_URL_VARIABLE]) return;
  const given = process.env.DATABASE_URL?.trim();
  if (given) {
    const url = new URL(given);
    url.pathname = '/postgres';
    process.env[ADMIN_URL_VARIABLE] = url.toString();
  } else {
    // A throw-away cluster per run: nothing to clean by hand, no clash between projects.
    const root = mkdtempSync(path.join(os.tmpdir(), 'klasteris-test-pg-'));
    const server = await startEmbeddedPostgres({ clusterDir: path.join(root, 'cluster'), databaseName: 'postgres' });
    process.env[ADMIN_URL_VARIABLE] = server.adminUrl;
    globalThis.__klasterisTestPostgresStop = async () => {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    };
  }
  if (!process.env.REDIS_URL?.trim()) {
    process.stdout.write('\nREDIS_URL is not set: tests of the Redis paths are skipped (CI runs them against Redis).\n');
  }
}
