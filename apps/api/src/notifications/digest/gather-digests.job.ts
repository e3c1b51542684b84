/**
 * `notifications.gather-digests`, daily: one `mail.send-digest` job for each
 * person with notifications waiting for their digest. The job id names the
 * person and the day, and so does the delivery row the send claims, so a
 * second run on the same day sends nothing more.
 */
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import { HandlesJob } from '../../platform/queue/job-handler.decorator';
import { jobIdFrom, retryingJob } from '../../platform/queue/job-options';
import { digestDayOf } from './digest-day';

const MAIL_ATTEMPTS = 10;

@Injectable()
export class GatherDigestsJob {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue('mail') private readonly mailQueue: Queue,
  ) {}

  @HandlesJob('notifications.gather-digests')
  async gather(): Promise<void> {
    const day = digestDayOf(new Date());
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT n.recipient_id
         FROM notifications n
         JOIN users u ON u.id = n.recipient_id AND u.deactivated_at IS NULL
        WHERE n.email_mode = 'digest' AND n.digest_delivery_id IS NULL`,
    )) as { recipient_id: string }[];
    if (rows.length === 0) return;
    await this.mailQueue.addBulk(
      rows.map((row) => ({
        name: 'mail.send-digest',
        data: { recipientId: row.recipient_id, day },
        opts: { ...retryingJob(MAIL_ATTEMPTS), jobId: jobIdFrom('digest', row.recipient_id, day) },
      })),
    );
  }
}
