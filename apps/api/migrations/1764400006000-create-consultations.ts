/**
 * Live consultations on top of the rooms engine, with the database keeping
 * the promises:
 *
 * - `rooms.audience = 'module'` with `rooms.module_id`: a room open to the
 *   enrolled learners and the lecturers of that module's programme (and to
 *   moderators and admins). RoomsService decides access from these columns,
 *   so it needs to know nothing about consultations.
 * - `consultations` shares its id with its room. State is not stored: ended
 *   when `ended_at` is set, live once started or once `starts_at` has come,
 *   scheduled before that (see consultation-state.ts).
 * - `questions` are numbered per consultation without gaps by
 *   `consultations.last_question_seq`, bumped in the insert's statement (a
 *   counter of their own, so message seqs stay gap-free too); the unique
 *   (author, client_msg_id) index makes a resent question a no-op.
 *   `published` is whether peers may see it: false while pending, and for
 *   a pending question dismissed without ever being approved.
 * - `question_votes` has one row per person and question (its primary key);
 *   a trigger keeps `questions.votes` equal to the row count in the vote's
 *   own transaction, whoever adds or removes the row (a vote taken back, an
 *   account erased), and `version` goes up by one with every change.
 * - Access to a module room follows enrolment and teaching, checked on every
 *   event; room membership (read cursors, and what message sending checks)
 *   is dropped by a trigger when someone leaves the programme or stops
 *   teaching it, so they cannot keep writing in a room they can no longer read.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateConsultations1764400006000 implements MigrationInterface {
  name = 'CreateConsultations1764400006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE rooms ADD COLUMN module_id uuid REFERENCES programme_modules (id)`);
    await queryRunner.query(`ALTER TABLE rooms DROP CONSTRAINT rooms_audience_check`);
    await queryRunner.query(`
      ALTER TABLE rooms ADD CONSTRAINT rooms_audience_check
        CHECK (audience IN ('members', 'signed_in', 'module'))`);
    await queryRunner.query(`
      ALTER TABLE rooms ADD CONSTRAINT rooms_module_audience_check
        CHECK ((audience = 'module') = (module_id IS NOT NULL))`);
    await queryRunner.query(`CREATE INDEX rooms_module_idx ON rooms (module_id) WHERE module_id IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE consultations (
        id uuid PRIMARY KEY REFERENCES rooms (id) ON DELETE CASCADE,
        title text NOT NULL CONSTRAINT consultations_title_check CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        lecturer_id uuid REFERENCES users (id) ON DELETE SET NULL,
        moderation text NOT NULL CONSTRAINT consultations_moderation_check CHECK (moderation IN ('post', 'pre')),
        starts_at timestamptz,
        started_at timestamptz,
        ended_at timestamptz,
        last_question_seq bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX consultations_open_idx ON consultations (starts_at) WHERE ended_at IS NULL`);
    await queryRunner.query(
      `CREATE INDEX consultations_ended_idx ON consultations (ended_at DESC) WHERE ended_at IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        room_id uuid NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        client_msg_id text NOT NULL CONSTRAINT questions_client_msg_id_check CHECK (length(client_msg_id) BETWEEN 1 AND 100),
        body text NOT NULL CONSTRAINT questions_body_check CHECK (length(body) BETWEEN 1 AND 4000),
        anonymous boolean NOT NULL DEFAULT false,
        status text NOT NULL CONSTRAINT questions_status_check CHECK (status IN ('pending', 'open', 'answered', 'dismissed')),
        published boolean NOT NULL,
        pinned boolean NOT NULL DEFAULT false,
        answer text CONSTRAINT questions_answer_check CHECK (length(answer) BETWEEN 1 AND 4000),
        answered_by uuid REFERENCES users (id) ON DELETE SET NULL,
        answered_at timestamptz,
        votes integer NOT NULL DEFAULT 0 CONSTRAINT questions_votes_check CHECK (votes >= 0),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT questions_room_seq_key UNIQUE (room_id, seq),
        CONSTRAINT questions_pending_unpublished_check CHECK (status <> 'pending' OR NOT published)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX questions_client_msg_id_key ON questions (author_id, client_msg_id)`);

    await queryRunner.query(`
      CREATE TABLE question_votes (
        question_id uuid NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (question_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX question_votes_user_idx ON question_votes (user_id)`);
    await queryRunner.query(`
      CREATE FUNCTION question_votes_counted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE questions SET votes = votes + 1, version = version + 1, updated_at = now() WHERE id = NEW.question_id;
        ELSE
          UPDATE questions SET votes = votes - 1, version = version + 1, updated_at = now() WHERE id = OLD.question_id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER question_votes_counted AFTER INSERT OR DELETE ON question_votes
        FOR EACH ROW EXECUTE FUNCTION question_votes_counted()`);

    await queryRunner.query(`
      CREATE FUNCTION module_rooms_left() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM room_members rm
         USING rooms r JOIN programme_modules pm ON pm.id = r.module_id
         WHERE rm.room_id = r.id AND rm.user_id = OLD.user_id AND pm.programme_id = OLD.programme_id
           AND r.audience = 'module'
           AND NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.programme_id = OLD.programme_id AND e.user_id = OLD.user_id)
           AND NOT EXISTS (SELECT 1 FROM programme_lecturers pl
                            WHERE pl.programme_id = OLD.programme_id AND pl.user_id = OLD.user_id);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER enrolments_module_rooms AFTER DELETE ON enrolments
        FOR EACH ROW EXECUTE FUNCTION module_rooms_left()`);
    await queryRunner.query(`
      CREATE TRIGGER programme_lecturers_module_rooms AFTER DELETE ON programme_lecturers
        FOR EACH ROW EXECUTE FUNCTION module_rooms_left()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER programme_lecturers_module_rooms ON programme_lecturers`);
    await queryRunner.query(`DROP TRIGGER enrolments_module_rooms ON enrolments`);
    await queryRunner.query(`DROP FUNCTION module_rooms_left()`);
    await queryRunner.query(`DROP TABLE question_votes`);
    await queryRunner.query(`DROP FUNCTION question_votes_counted()`);
    await queryRunner.query(`DROP TABLE questions`);
    await queryRunner.query(`DROP TABLE consultations`);
    await queryRunner.query(`DELETE FROM rooms WHERE audience = 'module'`);
    await queryRunner.query(`ALTER TABLE rooms DROP CONSTRAINT rooms_module_audience_check`);
    await queryRunner.query(`ALTER TABLE rooms DROP CONSTRAINT rooms_audience_check`);
    await queryRunner.query(`
      ALTER TABLE rooms ADD CONSTRAINT rooms_audience_check CHECK (audience IN ('members', 'signed_in'))`);
    await queryRunner.query(`ALTER TABLE rooms DROP COLUMN module_id`);
  }
}
