/**
 * `sessions.purge-expired`, nightly: sign-in sessions that expired more than
 * a week ago are deleted (a refresh token of theirs is refused either way),
 * so the table holds live sessions and recent history only.
 */
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import { HandlesJob } from '../../platform/queue/job-handler.decorator';
import { retryingJob } from '../../platform/queue/job-options';
import { upsertSchedule } from '../../platform/queue/upsert-schedule';

const KEEP_EXPIRED_DAYS = 7;

@Injectable()
export class PurgeExpiredSessionsJob implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue('maintenance') private readonly queue: Queue,
  ) {}

  /** Idempotent: one schedule however many processes start. */
  async onApplicationBootstrap(): Promise<void> {
    await upsertSchedule(
      this.queue,
      'sessions.purge-expired',
      { pattern: '30 3 * * *', tz: 'UTC' },
      { name: 'sessions.purge-expired', data: {}, opts: retryingJob(3) },
    );
  }

  @HandlesJob('sessions.purge-expired')
  async purge(): Promise<void> {
    await this.dataSource.query(`DELETE FROM auth_sessions WHERE expires_at < now() - make_interval(days => $1)`, [
      KEEP_EXPIRED_DAYS,
    ]);
  }
}
