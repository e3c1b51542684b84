/**
 * The readiness checks: the database, the queue store and Redis (when
 * configured), each bounded by a timeout so a dead dependency reads as
 * "down" instead of hanging. `/api/health/ready` and the admins' system
 * page both run these.
 */
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReadinessResponse } from '@klasteris/contracts';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

import { QueueHealth } from '../platform/queue/queue-health';
import { REDIS_CLIENT } from '../platform/redis/redis.module';

const CHECK_TIMEOUT_MS = 2000;

export interface Readiness {
  ok: boolean;
  checks: ReadinessResponse['checks'];
  /** Milliseconds for the database's `SELECT 1`; null when it did not answer. */
  databaseLatencyMs: number | null;
}

@Injectable()
export class ReadinessChecks {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queueHealth: QueueHealth,
    @Inject(REDIS_CLIENT) private readonly redis: Redis | null,
  ) {}

  async run(): Promise<Readiness> {
    const [databaseLatencyMs, queueUp, redis] = await Promise.all([
      this.databaseLatency(),
      this.queueHealth.isUp(CHECK_TIMEOUT_MS),
      this.redis
        ? withTimeout(this.redis.ping()).then(
            () => 'up' as const,
            () => 'down' as const,
          )
        : Promise.resolve('not_configured' as const),
    ]);
    const checks = {
      database: databaseLatencyMs === null ? 'down' : 'up',
      queue: queueUp ? 'up' : 'down',
      redis,
    } as const;
    return { ok: checks.database === 'up' && checks.queue === 'up' && redis !== 'down', checks, databaseLatencyMs };
  }

  private async databaseLatency(): Promise<number | null> {
    const started = performance.now();
    try {
      await withTimeout(this.dataSource.query('SELECT 1'));
      return Math.round((performance.now() - started) * 10) / 10;
    } catch {
      return null;
    }
  }
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref(),
  );
  return Promise.race([work, timeout]);
}
