/**
 * Runs the built API (`dist/apps/api/main.js`) as a real process, the way
 * `npm start` does, for tests of start-up behaviour.
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
  const child = spawn(process.execPath, [BUILT_MAIN], { env: { ...env, PORT: String(port) }, stdio: 'pipe' });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited early (${child.exitCode}):\n${output}`);
    const up = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { baseUrl, output: () => output, stop: () => stopProcess(child) };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`API did not come up within ${timeoutMs} ms:\n${output}`);
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
