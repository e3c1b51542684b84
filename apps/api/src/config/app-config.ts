/**
 * The one typed view of the environment. Everything the API reads from the
 * environment is parsed and validated here, once, at start; a bad value stops
 * the process with one line naming the variable.
 */
import path from 'node:path';

import { DEFAULT_UPLOAD_MAX_BYTES } from '@klasteris/contracts';

export type ProcessRole = 'all' | 'api' | 'worker';

export interface AppConfig {
  port: number;
  /** Null in embedded mode: platform/database starts a PostgreSQL of its own. */
  databaseUrl: string | null;
  /** Null when Redis is not configured: queues run on PostgreSQL, sockets in memory. */
  redisUrl: string | null;
  dataDir: string;
  /** Null in embedded mode until the stored secret is read (see jwt-secret.ts). */
  jwtSecret: string | null;
  admin: { email: string; password: string } | null;
  smtpUrl: string | null;
  demoData: boolean;
  role: ProcessRole;
  /** Browser origins allowed to open sockets and send credentialed requests. */
  allowedOrigins: string[];
  /** Where the built Angular client lives; served at `/` when present. */
  webDistDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /** Behind a reverse proxy, the client IP comes from X-Forwarded-For. */
  trustProxy: boolean;
  /** Prefix of every Redis key and BullMQ queue, so several deployments can share one Redis. */
  redisPrefix: string;
  /** The largest file a submission may carry; uploads are kept under `dataDir/uploads`. */
  uploadMaxBytes: number;
  /** A submission waiting this long for review reminds its lecturers, once per such period. */
  reviewReminderAfterHours: number;
  /** Where people open the web client; links in e-mails start with it. */
  publicUrl: string;
  /** The sender of every e-mail. */
  mailFrom: string;
  /** How long a job is locked to the worker running it; a dead worker's job is taken over after this. */
  jobLockSeconds: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`Invalid configuration: ${variable} ${reason}`);
  }
}

type Env = Record<string, string | undefined>;

const REPOSITORY_ROOT = path.resolve(__dirname, findRepositoryRootOffset());

/** Source runs from apps/api/src/config; the build from dist/apps/api/apps/api/src/config. */
function findRepositoryRootOffset(): string {
  return __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../../../../../..' : '../../../..';
}

export function loadConfig(env: Env = process.env): AppConfig {
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };

  const databaseUrl = optionalUrl(read, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const redisUrl = optionalUrl(read, 'REDIS_URL', ['redis:', 'rediss:']);
  const port = integer(read, 'PORT', 3000, 0, 65535);
  const jwtSecret = read('JWT_SECRET') ?? null;
  if (jwtSecret !== null && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  }
  if (jwtSecret === null && databaseUrl !== null) {
    throw new ConfigError('JWT_SECRET', 'is required when DATABASE_URL is set (it is generated only in embedded mode)');
  }

  const adminEmail = read('ADMIN_EMAIL');
  const adminPassword = read('ADMIN_PASSWORD');
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    throw new ConfigError(adminEmail ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL', 'must be set together with the other');
  }
  if (adminEmail !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail)) {
    throw new ConfigError('ADMIN_EMAIL', 'is not an e-mail address');
  }
  if (adminPassword !== undefined && adminPassword.length < 10) {
    throw new ConfigError('ADMIN_PASSWORD', 'must be at least 10 characters long');
  }

  const role = oneOf(read, 'ROLE', ['all', 'api', 'worker'] as const, 'all');
  if (role !== 'all' && databaseUrl === null) {
    throw new ConfigError('ROLE', `${role} needs DATABASE_URL: the embedded PostgreSQL belongs to one process, which runs everything`);
  }
  if (role === 'worker' && redisUrl === null) {
    throw new ConfigError('ROLE', 'worker needs REDIS_URL: live events from jobs reach the API processes through Redis');
  }
  const dataDir = path.resolve(read('DATA_DIR') ?? path.join(REPOSITORY_ROOT, '.data'));
  const allowedOrigins = (read('ALLOWED_ORIGINS') ?? `http://localhost:${port},http://127.0.0.1:${port}`)
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of allowedOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError('ALLOWED_ORIGINS', `has "${origin}", which is not an origin like https://example.org`);
    }
  }

  return {
    port,
    databaseUrl,
    redisUrl,
    dataDir,
    jwtSecret,
    admin: adminEmail && adminPassword ? { email: adminEmail.toLowerCase(), password: adminPassword } : null,
    smtpUrl: optionalUrl(read, 'SMTP_URL', ['smtp:', 'smtps:']),
    demoData: boolean(read, 'DEMO_DATA', databaseUrl === null),
    role,
    allowedOrigins,
    webDistDir: path.resolve(read('WEB_DIST_DIR') ?? path.join(REPOSITORY_ROOT, 'dist/apps/web/browser')),
    logLevel: oneOf(read, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    accessTokenTtlSeconds: integer(read, 'ACCESS_TOKEN_TTL_SECONDS', 900, 10, 86_400),
    refreshTokenTtlDays: integer(read, 'REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
    trustProxy: boolean(read, 'TRUST_PROXY', false),
    redisPrefix: read('REDIS_PREFIX') ?? 'klasteris',
    uploadMaxBytes: integer(read, 'UPLOAD_MAX_BYTES', DEFAULT_UPLOAD_MAX_BYTES, 1024, 100 * 1024 * 1024),
    reviewReminderAfterHours: integer(read, 'REVIEW_REMINDER_AFTER_HOURS', 72, 1, 24 * 90),
    publicUrl: publicUrl(read, allowedOrigins[0] ?? `http://localhost:${port}`),
    mailFrom: mailFrom(read),
    jobLockSeconds: integer(read, 'JOB_LOCK_SECONDS', 30, 1, 600),
  };
}

type Reader = (name: string) => string | undefined;

function publicUrl(read: Reader, fallback: string): string {
  const value = read('PUBLIC_URL') ?? fallback;
  if (!/^https?:\/\/[^/\s]+(\/[^\s]*)?$/.test(value)) {
    throw new ConfigError('PUBLIC_URL', `must be an http(s) address like https://klasteris.example.org, got "${value}"`);
  }
  return value.replace(/\/+$/, '');
}

function mailFrom(read: Reader): string {
  const value = read('MAIL_FROM') ?? 'Klasteris <no-reply@klasteris.local>';
  if (!/^([^<>\r\n]*<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/.test(value)) {
    throw new ConfigError('MAIL_FROM', `must be an address like "Klasteris <no-reply@example.org>", got "${value}"`);
  }
  return value;
}

function optionalUrl(read: Reader, name: string, protocols: string[]): string | null {
  const value = read(name);
  if (value === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return value;
}

function integer(read: Reader, name: string, fallback: number, min: number, max: number): number {
  const value = read(name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return Number(value);
}

function boolean(read: Reader, name: string, fallback: boolean): boolean {
  const value = read(name);
  if (value === undefined) return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigError(name, `must be "true" or "false", got "${value}"`);
}

function oneOf<T extends string>(read: Reader, name: string, allowed: readonly T[], fallback: T): T {
  const value = read(name);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}
