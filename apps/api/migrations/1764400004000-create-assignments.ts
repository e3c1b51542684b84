/**
 * Teaching, learning and assignment work around the catalogue.
 *
 * - `programme_lecturers`: who teaches a programme (the lecturer who created
 *   it, and whoever an admin adds). "The module's lecturers" are the
 *   lecturers of its programme.
 * - `enrolments`, `module_completions`: a learner's programmes and the
 *   modules they marked done; progress is counted from these.
 * - `assignments` per module; `stored_files` for uploads (the bytes live
 *   under DATA_DIR/uploads/<storage_key>); `submissions`, one row per
 *   attempt; `reviews`, at most one per submission.
 *
 * The database keeps the promises: a learner has at most one submission of an
 * assignment that is waiting or passed (a partial unique index), so a second
 * hand-in is possible only after "revise", even under concurrent requests;
 * attempts are numbered without gaps per learner and assignment; a
 * submission is reviewed once.
 *
 * For the overdue-review job: a submission waits for review while
 * `status = 'submitted'`, since `submitted_at` (indexed by
 * `submissions_waiting_idx`). Its lecturers are
 *   submissions s JOIN assignments a ON a.id = s.assignment_id
 *   JOIN programme_modules m ON m.id = a.module_id
 *   JOIN programme_lecturers pl ON pl.programme_id = m.programme_id
 *   JOIN users u ON u.id = pl.user_id AND u.role = 'lecturer' AND u.deactivated_at IS NULL
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

const bilingual = (column: string) =>
  `jsonb_typeof(${column}) = 'object' AND jsonb_typeof(${column} -> 'lt') = 'string' AND jsonb_typeof(${column} -> 'en') = 'string'`;

export class CreateAssignments1764400004000 implements MigrationInterface {
  name = 'CreateAssignments1764400004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE programme_lecturers (
        programme_id uuid NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (programme_id, user_id)
      )
    `);
    await queryRunner.query(`CREATE INDEX programme_lecturers_user_idx ON programme_lecturers (user_id)`);

    await queryRunner.query(`
      CREATE TABLE enrolments (
        programme_id uuid NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        enrolled_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (programme_id, user_id)
      )
    `);
    await queryRunner.query(`CREATE INDEX enrolments_user_idx ON enrolments (user_id)`);

    await queryRunner.query(`
      CREATE TABLE module_completions (
        module_id uuid NOT NULL REFERENCES programme_modules (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        completed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (module_id, user_id)
      )
    `);
    await queryRunner.query(`CREATE INDEX module_completions_user_idx ON module_completions (user_id)`);

    await queryRunner.query(`
      CREATE TABLE assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        module_id uuid NOT NULL REFERENCES programme_modules (id) ON DELETE CASCADE,
        title jsonb NOT NULL CONSTRAINT assignments_title_check CHECK (${bilingual('title')}),
        instructions jsonb NOT NULL CONSTRAINT assignments_instructions_check CHECK (${bilingual('instructions')}),
        due_at timestamptz,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await queryRunner.query(`CREATE INDEX assignments_module_idx ON assignments (module_id, created_at)`);

    await queryRunner.query(`
      CREATE TABLE stored_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        storage_key text NOT NULL CONSTRAINT stored_files_storage_key_key UNIQUE
          CONSTRAINT stored_files_storage_key_check CHECK (storage_key ~ '^[0-9a-f-]{36}$'),
        original_name text NOT NULL CONSTRAINT stored_files_original_name_check CHECK (length(original_name) BETWEEN 1 AND 255),
        media_type text NOT NULL,
        size_bytes integer NOT NULL CONSTRAINT stored_files_size_check CHECK (size_bytes > 0),
        sha256 text NOT NULL CONSTRAINT stored_files_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now()
      )
    `);

    await queryRunner.query(`
      CREATE TABLE submissions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assignment_id uuid NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
        learner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        attempt integer NOT NULL CONSTRAINT submissions_attempt_check CHECK (attempt >= 1),
        body text NOT NULL,
        file_id uuid REFERENCES stored_files (id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'submitted'
          CONSTRAINT submissions_status_check CHECK (status IN ('submitted', 'passed', 'revise')),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        reviewed_at timestamptz,
        CONSTRAINT submissions_reviewed_check CHECK ((status = 'submitted') = (reviewed_at IS NULL)),
        CONSTRAINT submissions_attempt_key UNIQUE (assignment_id, learner_id, attempt)
      )
    `);
    // One hand-in waiting or passed per learner and assignment: resubmitting needs a "revise" first.
    await queryRunner.query(
      `CREATE UNIQUE INDEX submissions_open_key ON submissions (assignment_id, learner_id) WHERE status IN ('submitted', 'passed')`,
    );
    // The review queue and the overdue-review job: waiting submissions, oldest first.
    await queryRunner.query(
      `CREATE INDEX submissions_waiting_idx ON submissions (submitted_at, id) WHERE status = 'submitted'`,
    );
    await queryRunner.query(`CREATE INDEX submissions_learner_idx ON submissions (learner_id)`);
    await queryRunner.query(`CREATE INDEX stored_files_owner_idx ON stored_files (owner_id)`);
    await queryRunner.query(`CREATE INDEX submissions_file_idx ON submissions (file_id) WHERE file_id IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL REFERENCES submissions (id) ON DELETE CASCADE
          CONSTRAINT reviews_submission_key UNIQUE,
        reviewer_id uuid REFERENCES users (id) ON DELETE SET NULL,
        verdict text NOT NULL CONSTRAINT reviews_verdict_check CHECK (verdict IN ('passed', 'revise')),
        feedback text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await queryRunner.query(`CREATE INDEX reviews_reviewer_idx ON reviews (reviewer_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE reviews`);
    await queryRunner.query(`DROP TABLE submissions`);
    await queryRunner.query(`DROP TABLE stored_files`);
    await queryRunner.query(`DROP TABLE assignments`);
    await queryRunner.query(`DROP TABLE module_completions`);
    await queryRunner.query(`DROP TABLE enrolments`);
    await queryRunner.query(`DROP TABLE programme_lecturers`);
  }
}
