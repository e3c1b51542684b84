/**
 * Where events wait when the queue store cannot take them (table
 * `notification_outbox`): the Notifier keeps them here after its retries
 * failed, and `flush()` enqueues them once the store answers again, oldest
 * first, deleting each batch only after its jobs are in the queue.
 */
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DeliverNotificationJob, NotificationKind } from '@klasteris/contracts';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import { enqueueDeliveries } from '../deliver-jobs';

/** Rows enqueued per statement and transaction. */
export const OUTBOX_BATCH = 500;

interface OutboxRow {
  id: string;
  recipient_id: string;
  key: string;
  kind: NotificationKind;
  params: Record<string, string>;
  link: string | null;
}

@Injectable()
export class NotificationOutbox {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue('notifications') private readonly queue: Queue,
  ) {}

  /**
   * Stores the events; one already waiting (same recipient and key) stays as
   * it is. An event for a person who no longer exists is dropped, as
   * delivery would drop it.
   */
  async keep(events: DeliverNotificationJob[]): Promise<void> {
    if (events.length === 0) return;
    await this.db.query(
      `INSERT INTO notification_outbox (recipient_id, key, kind, params, link)
       SELECT u.id, e.event->>'key', e.event->>'kind', e.event->'params', e.event->>'link'
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(event, n)
         JOIN users u ON u.id = (e.event->>'recipient_id')::uuid
        ORDER BY e.n
       ON CONFLICT (recipient_id, key) DO NOTHING`,
      [
        JSON.stringify(
          events.map((event) => ({
            recipient_id: event.recipientId,
            key: event.key,
            kind: event.kind,
            params: event.params,
            link: event.link,
          })),
        ),
      ],
    );
  }

  /**
   * Enqueues every waiting event and returns how many. Each batch is locked,
   * enqueued, deleted and committed in one transaction: a failed enqueue
   * rolls back and leaves the batch for the next flush, and a flush running
   * at the same time skips the locked rows. A commit that fails after the
   * enqueue leaves rows that are enqueued again later, which the job id and
   * the unique notification make harmless.
   */
  async flush(): Promise<number> {
    let flushed = 0;
    for (;;) {
      const count = await this.db.transaction(async (manager) => {
        const rows = (await manager.query(
          `SELECT id, recipient_id, key, kind, params, link FROM notification_outbox
            ORDER BY id LIMIT ${OUTBOX_BATCH} FOR UPDATE SKIP LOCKED`,
        )) as OutboxRow[];
        if (rows.length === 0) return 0;
        await enqueueDeliveries(
          this.queue,
          rows.map((row) => ({
            recipientId: row.recipient_id,
            key: row.key,
            kind: row.kind,
            params: row.params,
            link: row.link,
          })),
        );
        await manager.query(`DELETE FROM notification_outbox WHERE id = ANY($1::bigint[])`, [
          rows.map((row) => row.id),
        ]);
        return rows.length;
      });
      flushed += count;
      if (count < OUTBOX_BATCH) return flushed;
    }
  }
}
