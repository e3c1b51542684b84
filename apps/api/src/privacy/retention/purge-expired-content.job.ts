/**
 * `privacy.purge-expired-content`, daily: hidden and deleted messages and
 * questions older than the admin's retention period lose their text (see
 * RetentionService). Running it again, or on two nodes at once, purges
 * nothing twice.
 */
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';

import { HandlesJob } from '../../platform/queue/job-handler.decorator';
import { retryingJob } from '../../platform/queue/job-options';
import { upsertSchedule } from '../../platform/queue/upsert-schedule';
import { RetentionService } from './retention.service';

const JOB = 'privacy.purge-expired-content';

@Injectable()
export class PurgeExpiredContentJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(PurgeExpiredContentJob.name);

  constructor(
    private readonly retention: RetentionService,
    @InjectQueue('privacy') private readonly queue: Queue,
  ) {}

  /** Idempotent: one schedule however many processes start. */
  async onApplicationBootstrap(): Promise<void> {
    await upsertSchedule(
      this.queue,
      JOB,
      { pattern: '15 4 * * *', tz: 'UTC' },
      { name: JOB, data: {}, opts: retryingJob(3) },
    );
  }

  @HandlesJob(JOB)
  async purge(): Promise<void> {
    const outcome = await this.retention.purgeExpired();
    if (outcome.ran) {
      this.logger.log(`Retention purge: ${outcome.messagesPurged} messages, ${outcome.questionsPurged} questions`);
    }
  }
}
