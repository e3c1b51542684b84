/**
 * Moderation, with the database keeping the promises:
 *
 * - `reports`: one row per person and item (the unique key makes a second
 *   report of the same item a conflict, whatever the code does). A report by
 *   the banned-word filter has no reporter; at most one such per item.
 *   `room_id` is copied from the item so the queue and the automatic slow
 *   mode count per room without joining two item tables.
 * - `moderation_audit`: append-only. A trigger refuses every UPDATE and
 *   DELETE, so not even an admin with SQL through the API can rewrite it.
 *   People and rooms are referenced without foreign keys on purpose: an
 *   erased account or a removed room must not change or remove the record.
 * - `room_mutes` and `room_bans`: one row per room and person while it
 *   applies (`until` in the future, or NULL for a ban without end); lifting
 *   one deletes the row, the audit log keeps the history.
 * - `messages.hidden_by`, `messages.held`: who hid a message; held means the
 *   banned-word filter holds it for review (then `hidden_at` is set too).
 * - `questions.hidden_at`/`hidden_by`: a hidden question is dropped for peers.
 * - `rooms.slow_mode_automatic`: the system switched slow mode on, so only
 *   the system switches it off again; a moderator's setting clears it.
 * - `banned_word_lists` and the single-row `moderation_settings` for the
 *   automatic slow mode thresholds, edited by admins.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateModeration1764400008000 implements MigrationInterface {
  name = 'CreateModeration1764400008000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_type text NOT NULL CONSTRAINT reports_target_type_check CHECK (target_type IN ('message', 'question')),
        target_id uuid NOT NULL,
        room_id uuid NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
        reporter_id uuid REFERENCES users (id) ON DELETE SET NULL,
        by_filter boolean NOT NULL DEFAULT false,
        reason text NOT NULL CONSTRAINT reports_reason_check CHECK (length(btrim(reason)) BETWEEN 1 AND 1000),
        status text NOT NULL DEFAULT 'open' CONSTRAINT reports_status_check CHECK (status IN ('open', 'resolved', 'dismissed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolution_audit_id uuid,
        CONSTRAINT reports_filter_has_no_reporter_check CHECK (NOT by_filter OR reporter_id IS NULL)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX reports_once_per_reporter_key ON reports (target_type, target_id, reporter_id) WHERE reporter_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX reports_once_by_filter_key ON reports (target_type, target_id) WHERE by_filter`,
    );
    await queryRunner.query(`CREATE INDEX reports_queue_idx ON reports (status, created_at)`);
    await queryRunner.query(`CREATE INDEX reports_room_recent_idx ON reports (room_id, created_at)`);
    await queryRunner.query(`CREATE INDEX reports_reporter_idx ON reports (reporter_id) WHERE reporter_id IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE moderation_audit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action text NOT NULL CONSTRAINT moderation_audit_action_check CHECK (action IN
          ('hide', 'restore', 'delete', 'mute', 'unmute', 'ban', 'unban', 'slow_mode', 'lock', 'unlock', 'dismiss')),
        actor_id uuid,
        room_id uuid,
        target_type text CONSTRAINT moderation_audit_target_type_check CHECK (target_type IN ('message', 'question')),
        target_id uuid,
        target_user_id uuid,
        duration_seconds integer,
        reason text NOT NULL,
        detail jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX moderation_audit_created_idx ON moderation_audit (created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX moderation_audit_room_idx ON moderation_audit (room_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX moderation_audit_actor_idx ON moderation_audit (actor_id, created_at DESC)`);
    await queryRunner.query(
      `CREATE INDEX moderation_audit_target_user_idx ON moderation_audit (target_user_id, created_at DESC)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION moderation_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'The moderation audit log cannot be changed' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER moderation_audit_append_only BEFORE UPDATE OR DELETE ON moderation_audit
        FOR EACH ROW EXECUTE FUNCTION moderation_audit_is_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER moderation_audit_no_truncate BEFORE TRUNCATE ON moderation_audit
        FOR EACH STATEMENT EXECUTE FUNCTION moderation_audit_is_append_only()`);

    await queryRunner.query(`
      CREATE TABLE room_mutes (
        room_id uuid NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        until timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (room_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX room_mutes_user_idx ON room_mutes (user_id)`);
    await queryRunner.query(`
      CREATE TABLE room_bans (
        room_id uuid NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (room_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX room_bans_user_idx ON room_bans (user_id)`);

    await queryRunner.query(`
      ALTER TABLE messages
        ADD COLUMN hidden_by uuid REFERENCES users (id) ON DELETE SET NULL,
        ADD COLUMN held boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT messages_held_is_hidden_check CHECK (NOT held OR hidden_at IS NOT NULL)`);
    await queryRunner.query(`CREATE INDEX messages_room_created_idx ON messages (room_id, created_at)`);
    await queryRunner.query(`
      ALTER TABLE questions
        ADD COLUMN hidden_at timestamptz,
        ADD COLUMN hidden_by uuid REFERENCES users (id) ON DELETE SET NULL`);
    await queryRunner.query(`ALTER TABLE rooms ADD COLUMN slow_mode_automatic boolean NOT NULL DEFAULT false`);

    await queryRunner.query(`
      CREATE TABLE banned_word_lists (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CONSTRAINT banned_word_lists_name_check CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        language text NOT NULL CONSTRAINT banned_word_lists_language_check CHECK (language IN ('lt', 'en')),
        mode text NOT NULL CONSTRAINT banned_word_lists_mode_check CHECK (mode IN ('hold', 'refuse')),
        words text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE moderation_settings (
        id boolean PRIMARY KEY DEFAULT true CONSTRAINT moderation_settings_single_row_check CHECK (id),
        auto_slow_mode_enabled boolean NOT NULL DEFAULT true,
        messages_per_minute integer NOT NULL DEFAULT 60 CHECK (messages_per_minute BETWEEN 5 AND 10000),
        reports_per_ten_minutes integer NOT NULL DEFAULT 5 CHECK (reports_per_ten_minutes BETWEEN 1 AND 1000),
        slow_mode_seconds integer NOT NULL DEFAULT 10 CHECK (slow_mode_seconds BETWEEN 1 AND 3600),
        calm_minutes integer NOT NULL DEFAULT 5 CHECK (calm_minutes BETWEEN 1 AND 1440),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`INSERT INTO moderation_settings DEFAULT VALUES`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE moderation_settings`);
    await queryRunner.query(`DROP TABLE banned_word_lists`);
    await queryRunner.query(`ALTER TABLE rooms DROP COLUMN slow_mode_automatic`);
    await queryRunner.query(`ALTER TABLE questions DROP COLUMN hidden_by, DROP COLUMN hidden_at`);
    await queryRunner.query(`DROP INDEX messages_room_created_idx`);
    await queryRunner.query(
      `ALTER TABLE messages DROP CONSTRAINT messages_held_is_hidden_check, DROP COLUMN held, DROP COLUMN hidden_by`,
    );
    await queryRunner.query(`DROP TABLE room_bans`);
    await queryRunner.query(`DROP TABLE room_mutes`);
    await queryRunner.query(`DROP TABLE moderation_audit`);
    await queryRunner.query(`DROP FUNCTION moderation_audit_is_append_only()`);
    await queryRunner.query(`DROP TABLE reports`);
  }
}
