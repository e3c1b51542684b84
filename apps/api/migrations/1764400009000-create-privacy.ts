/**
 * Privacy: how long hidden and deleted content keeps its text.
 *
 * - `privacy_settings` is a single row (its key can only be `true`): the
 *   retention period an admin sets, and what the last purge did.
 * - `messages.purged_at`, `questions.purged_at`: when the purge cleared the
 *   text. The row itself stays, so message seqs stay gap-free and replies
 *   keep their parent; a purged row is never purged again, so the job can
 *   run any number of times. A purged question is the one question whose
 *   body may be empty.
 * - Partial indexes hold only the rows still waiting to be purged, keyed by
 *   when they were hidden or deleted (whichever came first).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePrivacy1764400009000 implements MigrationInterface {
  name = 'CreatePrivacy1764400009000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE privacy_settings (
        id boolean PRIMARY KEY DEFAULT true CONSTRAINT privacy_settings_single_row_check CHECK (id),
        retention_days integer NOT NULL DEFAULT 365
          CONSTRAINT privacy_settings_retention_days_check CHECK (retention_days BETWEEN 1 AND 3650),
        last_run_at timestamptz,
        last_messages_purged integer,
        last_questions_purged integer,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT privacy_settings_last_run_check
          CHECK ((last_run_at IS NULL) = (last_messages_purged IS NULL AND last_questions_purged IS NULL))
      )`);
    await queryRunner.query(`INSERT INTO privacy_settings DEFAULT VALUES`);

    await queryRunner.query(`ALTER TABLE messages ADD COLUMN purged_at timestamptz`);
    await queryRunner.query(`
      CREATE INDEX messages_purge_due_idx ON messages (least(deleted_at, hidden_at))
        WHERE purged_at IS NULL AND (deleted_at IS NOT NULL OR hidden_at IS NOT NULL)`);

    await queryRunner.query(`ALTER TABLE questions ADD COLUMN purged_at timestamptz`);
    await queryRunner.query(`ALTER TABLE questions DROP CONSTRAINT questions_body_check`);
    await queryRunner.query(`
      ALTER TABLE questions ADD CONSTRAINT questions_body_check
        CHECK (length(body) BETWEEN 1 AND 4000 OR (purged_at IS NOT NULL AND body = ''))`);
    await queryRunner.query(
      `CREATE INDEX questions_purge_due_idx ON questions (hidden_at) WHERE purged_at IS NULL AND hidden_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX questions_purge_due_idx`);
    await queryRunner.query(`ALTER TABLE questions DROP CONSTRAINT questions_body_check`);
    // Purged questions have no text left to satisfy the old rule; they keep a placeholder.
    await queryRunner.query(`UPDATE questions SET body = '-' WHERE body = ''`);
    await queryRunner.query(
      `ALTER TABLE questions ADD CONSTRAINT questions_body_check CHECK (length(body) BETWEEN 1 AND 4000)`,
    );
    await queryRunner.query(`ALTER TABLE questions DROP COLUMN purged_at`);
    await queryRunner.query(`DROP INDEX messages_purge_due_idx`);
    await queryRunner.query(`ALTER TABLE messages DROP COLUMN purged_at`);
    await queryRunner.query(`DROP TABLE privacy_settings`);
  }
}
