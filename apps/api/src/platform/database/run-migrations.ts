/**
 * Applies pending TypeORM migrations before the application connects. An
 * advisory lock makes several API processes starting together take turns.
 */
import { DataSource } from 'typeorm';

import { MIGRATIONS } from '../../../migrations';

const MIGRATION_LOCK_KEY = 741_852_963;

export async function runMigrations(databaseUrl: string, log: (line: string) => void = () => undefined): Promise<void> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
  });
  await dataSource.initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations();
      for (const migration of applied) log(`Applied migration ${migration.name}`);
    } finally {
      await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await dataSource.destroy();
  }
}
