/**
 * Notifications, per-person preferences and e-mail deliveries.
 *
 * The database keeps the pipeline's promises, whatever the queue does:
 * - one notification per (recipient, key): a retried or duplicated job finds
 *   the row and makes no second one;
 * - one `mail_deliveries` row per e-mail (per notification, or per person and
 *   day for a digest), claimed before sending and marked sent after, so a
 *   retry after a successful send sends nothing;
 * - a notification is gathered into at most one digest (`digest_delivery_id`).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = ['submission_made', 'review_given', 'review_overdue', 'mention', 'booking', 'moderation', 'system'];
const kindCheck = (column: string) => `${column} IN (${KINDS.map((kind) => `'${kind}'`).join(', ')})`;

export class CreateNotifications1764400003000 implements MigrationInterface {
  name = 'CreateNotifications1764400003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        key text NOT NULL CONSTRAINT notifications_key_check CHECK (length(key) BETWEEN 1 AND 300),
        kind text NOT NULL CONSTRAINT notifications_kind_check CHECK (${kindCheck('kind')}),
        params jsonb NOT NULL DEFAULT '{}'::jsonb CONSTRAINT notifications_params_check CHECK (jsonb_typeof(params) = 'object'),
        title text NOT NULL,
        body text NOT NULL,
        link text,
        -- Shown in the bell: the person's in-app preference when it was made.
        in_app boolean NOT NULL,
        -- How it reaches the mailbox: not at all, one e-mail now, or in the daily digest.
        email_mode text NOT NULL CONSTRAINT notifications_email_mode_check CHECK (email_mode IN ('none', 'immediate', 'digest')),
        pushed_at timestamptz,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notifications_recipient_key UNIQUE (recipient_id, key)
      )
    `);
    // The bell: a person's notifications, newest first (keyset on created_at, id), and the unread ones.
    await queryRunner.query(
      `CREATE INDEX notifications_bell_idx ON notifications (recipient_id, created_at DESC, id DESC) WHERE in_app`,
    );
    await queryRunner.query(
      `CREATE INDEX notifications_unread_idx ON notifications (recipient_id, created_at DESC, id DESC) WHERE in_app AND read_at IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE mail_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL CONSTRAINT mail_deliveries_key UNIQUE,
        recipient_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        notification_id uuid CONSTRAINT mail_deliveries_notification_key UNIQUE REFERENCES notifications (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'pending'
          CONSTRAINT mail_deliveries_status_check CHECK (status IN ('pending', 'sending', 'failed', 'sent')),
        -- Who holds the claim while sending: the queue job, so a crashed attempt of the same job can be taken over.
        claimed_by text,
        claimed_at timestamptz,
        attempts integer NOT NULL DEFAULT 0 CONSTRAINT mail_deliveries_attempts_check CHECK (attempts >= 0),
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mail_deliveries_sent_check CHECK ((status = 'sent') = (sent_at IS NOT NULL))
      )
    `);
    await queryRunner.query(`CREATE INDEX mail_deliveries_recipient_idx ON mail_deliveries (recipient_id)`);

    await queryRunner.query(
      `ALTER TABLE notifications ADD COLUMN digest_delivery_id uuid REFERENCES mail_deliveries (id) ON DELETE SET NULL`,
    );
    // The daily digest: notifications waiting to be gathered, per person.
    await queryRunner.query(
      `CREATE INDEX notifications_digest_pending_idx ON notifications (recipient_id, created_at) WHERE email_mode = 'digest' AND digest_delivery_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX notifications_digest_delivery_idx ON notifications (digest_delivery_id) WHERE digest_delivery_id IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT notification_preferences_kind_check CHECK (${kindCheck('kind')}),
        in_app boolean NOT NULL,
        email boolean NOT NULL,
        digest boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      )
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification_preferences`);
    await queryRunner.query(`ALTER TABLE notifications DROP COLUMN digest_delivery_id`);
    await queryRunner.query(`DROP TABLE mail_deliveries`);
    await queryRunner.query(`DROP TABLE notifications`);
  }
}
