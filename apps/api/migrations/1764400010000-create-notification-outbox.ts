/**
 * The notification outbox: events the Notifier could not enqueue (the queue
 * store out of reach for longer than its short retry), kept until the
 * `notifications.flush-outbox` job enqueues them. Only that failure path
 * writes here, so the table is normally empty.
 *
 * - One row per (recipient, key), like `notifications`: an event kept twice
 *   is one row, and delivery stays idempotent through that table's key.
 * - The rows go with their recipient when the account is erased.
 * - `id` orders the rows oldest first for the flush. The kind is not checked
 *   here: the Notifier checks it against the contracts before keeping an
 *   event, and `notifications` checks it again on delivery.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotificationOutbox1764400010000 implements MigrationInterface {
  name = 'CreateNotificationOutbox1764400010000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        recipient_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        key text NOT NULL CONSTRAINT notification_outbox_key_check CHECK (length(key) BETWEEN 1 AND 300),
        kind text NOT NULL,
        params jsonb NOT NULL CONSTRAINT notification_outbox_params_check CHECK (jsonb_typeof(params) = 'object'),
        link text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notification_outbox_recipient_key UNIQUE (recipient_id, key)
      )
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification_outbox`);
  }
}
