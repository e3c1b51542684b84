/**
 * Runs the built API for one test file: a fresh database, a free port, a temp
 * data directory and the demo data; stopped with SIGTERM and cleaned up after.
 * The API serves the built web client at `/`, as in production.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { createTestDatabase } from '../../../../tools/testing/test-postgres';
import { API_MAIN, REPOSITORY_ROOT, WEB_INDEX } from './paths';

export interface RunningApi {
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  /** What the process printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;

/** `env` adds or overrides variables, e.g. a short `ACCESS_TOKEN_TTL_SECONDS`. */
export async function startApi(options: { env?: Readonly<Record<string, string>> } = {}): Promise<RunningApi> {
  for (const [file, build] of [
    [API_MAIN, 'npx nx build api'],
    [WEB_INDEX, 'npx nx build web'],
  ] as const) {
    if (!existsSync(file))
      throw new Error(`${path.relative(REPOSITORY_ROOT, file)} is missing: run \`${build}\` first`);
  }

  const database = await createTestDatabase('e2e');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'klasteris-e2e-'));
  // The API may run PostgreSQL tools as another user; let them into the directory.
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  const env: NodeJS.ProcessEnv = { ...process.env };
  // This test brings its own database, and stays on one node: no Redis, no stray settings.
  for (const name of ['REDIS_URL', 'REDIS_PREFIX', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'SMTP_URL', 'WEB_DIST_DIR', 'ROLE'])
    delete env[name];
  Object.assign(env, {
    PORT: String(port),
    DATABASE_URL: database.url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATA_DIR: dataDir,
    DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
    ALLOWED_ORIGINS: `http://127.0.0.1:${port},http://localhost:${port}`,
    ...options.env,
  });

  const child = spawn(process.execPath, [API_MAIN], { cwd: REPOSITORY_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const cleanUp = async () => {
    await stopProcess(child);
    await database.drop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, () => output);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return { baseUrl, output: () => output, stop: cleanUp };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The API exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API was not healthy within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('No port')),
      );
    });
  });
}
