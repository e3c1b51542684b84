/**
 * Where BullMQ keeps its queues: Redis when REDIS_URL is set, otherwise the
 * application's PostgreSQL through BullMQ's PostgreSQL backend. The backend
 * factory is process-wide in BullMQ, so it is set here, before any queue.
 */
import { ConnectionOptions, QueueOptions, createPostgresBackend, runMigrations, setDefaultBackendFactory } from 'bullmq';
import { Client } from 'pg';

import type { RuntimeConfig } from '../prepare-runtime';

export async function queueRootOptions(config: RuntimeConfig): Promise<QueueOptions> {
  if (config.redisUrl) {
    setDefaultBackendFactory(undefined);
    return { connection: redisConnectionOptions(config.redisUrl), prefix: `${config.redisPrefix}:bull` };
  }
  setDefaultBackendFactory(createPostgresBackend);
  await migrateQueueSchema(config.databaseUrl);
  // Each queue, worker and event listener gets a pool of its own (plus one LISTEN connection):
  // BullMQ's default of 10 each would let a dozen of them ask for 130 connections, more than
  // PostgreSQL allows by default. Two suffice for the job volumes of embedded mode.
  const postgres = { connectionString: config.databaseUrl, skipMigrations: true, max: 2 };
  // BullMQ types `connection` for Redis; the PostgreSQL backend reads this shape instead.
  return { connection: postgres as unknown as ConnectionOptions, prefix: 'klasteris' };
}

/**
 * BullMQ's own tables, brought up to date once per process before any queue
 * exists, on one connection. Left to every queue and worker (`migrate: true`),
 * a dozen pools raced for the migration lock at start, and one of them could
 * hold it idle in its transaction while its process waited on the others.
 */
async function migrateQueueSchema(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await runMigrations(client);
  } finally {
    await client.end();
  }
}

function redisConnectionOptions(url: string): ConnectionOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: Number(parsed.pathname.slice(1) || 0),
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}
