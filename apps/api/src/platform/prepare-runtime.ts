/**
 * Everything decided once, before Nest starts: which PostgreSQL to use
 * (given, or embedded under DATA_DIR), the signing secret, and the schema.
 * Features never ask which mode they run in; they get a complete config.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './database/embedded-postgres';
import { runMigrations } from './database/run-migrations';

const VERBOSE_LEVELS = new Set<AppConfig['logLevel']>(['debug', 'trace']);

export interface RuntimeConfig extends AppConfig {
  databaseUrl: string;
  jwtSecret: string;
  /** True when this process started its own PostgreSQL. */
  embeddedDatabase: boolean;
}

export interface PreparedRuntime {
  config: RuntimeConfig;
  /** Stops what prepareRuntime started (the embedded PostgreSQL). */
  shutdown(): Promise<void>;
}

export async function prepareRuntime(config: AppConfig, log: (line: string) => void): Promise<PreparedRuntime> {
  mkdirSync(config.dataDir, { recursive: true });
  let databaseUrl = config.databaseUrl;
  let shutdown = async () => undefined as void;
  if (databaseUrl === null) {
    log(`No DATABASE_URL: starting the embedded PostgreSQL under ${config.dataDir}`);
    const embedded = await startEmbeddedPostgres({
      clusterDir: path.join(config.dataDir, 'postgres'),
      databaseName: 'klasteris',
      // PostgreSQL's own chatter only when asked for; its failures surface as the start error.
      log: (line) => line && VERBOSE_LEVELS.has(config.logLevel) && log(`[postgres] ${line}`),
    });
    databaseUrl = embedded.url;
    shutdown = embedded.stop;
  }
  try {
    await runMigrations(databaseUrl, log);
  } catch (error) {
    await shutdown();
    throw error;
  }
  return {
    config: {
      ...config,
      databaseUrl,
      jwtSecret: config.jwtSecret ?? readOrCreateJwtSecret(config.dataDir),
      embeddedDatabase: config.databaseUrl === null,
    },
    shutdown,
  };
}

/** Embedded mode only: the secret is generated once and kept, so sign-ins survive restarts. */
function readOrCreateJwtSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
