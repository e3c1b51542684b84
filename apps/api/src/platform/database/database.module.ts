/**
 * The TypeORM connection. Entities register themselves through
 * `TypeOrmModule.forFeature` in their feature module; the schema is owned by
 * migrations only (see run-migrations.ts), never by `synchronize`.
 */
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import type { RuntimeConfig } from '../prepare-runtime';
import { APP_CONFIG } from '../../config/config.module';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: RuntimeConfig) => ({
        type: 'postgres' as const,
        url: config.databaseUrl,
        autoLoadEntities: true,
        synchronize: false,
        migrationsRun: false,
        extra: { max: 20 },
      }),
    }),
  ],
})
export class DatabaseModule {}
