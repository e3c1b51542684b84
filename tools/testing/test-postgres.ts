/**
 * Test databases. In CI, DATABASE_URL points at the machine's PostgreSQL; on a
 * fresh clone with nothing running, Jest's global set-up starts an embedded
 * one. Either way, every test file gets a database of its own, so files run
 * in parallel without seeing each other's rows.
 */
import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

export const ADMIN_URL_VARIABLE = 'KLASTERIS_TEST_ADMIN_DATABASE_URL';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export function testAdminUrl(): string {
  const url = process.env[ADMIN_URL_VARIABLE];
  if (!url) throw new Error(`${ADMIN_URL_VARIABLE} is not set: run the tests through their Jest config (global set-up)`);
  return url;
}

export async function createTestDatabase(label = 'test'): Promise<TestDatabase> {
  const adminUrl = testAdminUrl();
  const name = `klasteris_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase().slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Redis is optional on a developer machine; tests that need it say so when skipped. */
export function testRedisUrl(): string | null {
  return process.env.REDIS_URL?.trim() || null;
}

export function uniquePrefix(label: string): string {
  return `test:${label}:${randomBytes(4).toString('hex')}`;
}
