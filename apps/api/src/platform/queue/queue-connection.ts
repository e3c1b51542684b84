/**
 * Where BullMQ keeps its queues: Redis when REDIS_URL is set, otherwise the
 * application's PostgreSQL through BullMQ's PostgreSQL backend. The backend
 * factory is process-wide in BullMQ, so it is set here, before any queue.
 */
import { QUEUES } from '@klasteris/contracts';
import {
  ConnectionOptions,
  createPostgresBackend,
  DEFAULT_SCHEMA,
  QueueOptions,
  quoteSchemaName,
  runMigrations,
  setDefaultBackendFactory,
} from 'bullmq';
import { Client, Pool } from 'pg';

import type { RuntimeConfig } from '../prepare-runtime';

/** What every queue and worker of a process connects with, and how to let it go once they are closed. */
export interface QueueConnection {
  options: QueueOptions;
  close(): Promise<void>;
}

/**
 * Connections left for queries once every worker holds its LISTEN connection:
 * enough for a few jobs and enqueues at once; more wait briefly in the pool.
 */
const QUERY_CONNECTIONS = 4;

export async function openQueueConnection(config: RuntimeConfig): Promise<QueueConnection> {
  if (config.redisUrl) {
    setDefaultBackendFactory(undefined);
    const options = { connection: redisConnectionOptions(config.redisUrl), prefix: `${config.redisPrefix}:bull` };
    // Each queue and worker owns its Redis connections and closes them itself.
    return { options, close: async () => undefined };
  }
  setDefaultBackendFactory(createPostgresBackend);
  await migrateQueueSchema(config.databaseUrl);
  const pool = sharedQueuePool(config.databaseUrl);
  // BullMQ types `connection` for Redis; the PostgreSQL backend takes a pg.Pool here instead.
  const options = { connection: pool as unknown as ConnectionOptions, prefix: 'klasteris' };
  return { options, close: () => pool.end() };
}

/**
 * One pool for every queue and worker of the process. Given a connection
 * string, BullMQ opens a pool per queue and per worker plus a LISTEN
 * connection per worker: about 30 connections for our six queues, so three
 * processes on one database came near PostgreSQL's default limit of 100 (seen
 * in CI as "too many clients"). Shared, a worker's LISTEN connection is taken
 * from the pool, hence one per queue on top of the query connections.
 */
function sharedQueuePool(databaseUrl: string): Pool {
  const pool = new Pool({
    connectionString: databaseUrl,
    max: Object.keys(QUEUES).length + QUERY_CONNECTIONS,
    // BullMQ's statements name its tables without a schema.
    options: `-c search_path=${quoteSchemaName(DEFAULT_SCHEMA)}`,
  });
  // Every queue and worker adds an error listener of its own to the pool it is given.
  pool.setMaxListeners(0);
  return pool;
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
