/**
 * Runs the built API (`dist/apps/api/main.js`) as a real process, the way
 * `npm start` does, for tests of start-up behaviour and of a separate
 * worker process (ROLE=worker).
 */
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

import { findFreePort } from '../../src/platform/database/embedded-postgres';

export const BUILT_MAIN = path.resolve(__dirname, '../../../../dist/apps/api/main.js');

export interface ApiProcess {
  baseUrl: string;
  output: () => string;
  stop(): Promise<number | null>;
}

/** The environment with the CI's database and Redis removed, so the process runs embedded. */
export function embeddedEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'ROLE'])
    delete env[name];
  return { ...env, ...extra };
}

export async function startApiProcess(env: NodeJS.ProcessEnv, timeoutMs = 90_000): Promise<ApiProcess> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = await startProcess({ ...env, PORT: String(port) }, 'API', timeoutMs, () =>
    fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    ),
  );
  return { baseUrl, ...started };
}

export interface WorkerProcess {
  output: () => string;
  stop(): Promise<number | null>;
}

export interface WorkerProcessOptions {
  databaseUrl: string;
  redisUrl: string;
  /** The same prefix as the API processes it works for, or it serves other queues and socket streams. */
  redisPrefix: string;
  /** Where its outbox (no SMTP_URL) and uploads live. */
  dataDir: string;
  /** More settings, such as JOB_LOCK_SECONDS. */
  env?: Record<string, string>;
}

/** What the worker logs once its job processors run (main.ts -> worker.ts). */
export const WORKER_READY_LINE = 'Klasteris worker is running its job processors';

/**
 * ROLE=worker on an external PostgreSQL and Redis. It listens on no port, so
 * it counts as up once it logs that its job processors run (at LOG_LEVEL info).
 */
export function startWorkerProcess(options: WorkerProcessOptions, timeoutMs = 90_000): Promise<WorkerProcess> {
  const env = embeddedEnvironment({
    DEMO_DATA: 'false',
    LOG_LEVEL: 'info',
    ...options.env,
    ROLE: 'worker',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    REDIS_PREFIX: options.redisPrefix,
    DATA_DIR: options.dataDir,
    // Required with DATABASE_URL; a worker signs and checks no tokens.
    JWT_SECRET: 'worker-process-test-secret-that-is-long-enough',
  });
  delete env.SMTP_URL;
  return startProcess(env, 'worker', timeoutMs, async (output) => output.includes(WORKER_READY_LINE));
}

async function startProcess(
  env: NodeJS.ProcessEnv,
  what: string,
  timeoutMs: number,
  isReady: (output: string) => Promise<boolean>,
): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [BUILT_MAIN], { env, stdio: 'pipe' });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited early (${child.exitCode}):\n${output}`);
    if (await isReady(output)) return { output: () => output, stop: () => stopProcess(child) };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`${what} did not come up within ${timeoutMs} ms:\n${output}`);
}

export function runToExit(
  env: NodeJS.ProcessEnv,
  timeoutMs = 30_000,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILT_MAIN], { env, stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the process did not exit'));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

function stopProcess(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
