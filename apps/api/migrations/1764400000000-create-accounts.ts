/**
 * Accounts: organisations, people and their sign-in sessions (one row per
 * refresh-token family). E-mails are stored lower-cased and unique
 * case-insensitively; enumerations are check constraints so the database
 * refuses what the API would refuse.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccounts1764400000000 implements MigrationInterface {
  name = 'CreateAccounts1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CONSTRAINT organisations_name_check CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        kind text NOT NULL CONSTRAINT organisations_kind_check
          CHECK (kind IN ('municipality', 'ngo', 'business', 'university', 'public_body')),
        country text NOT NULL CONSTRAINT organisations_country_check CHECK (country IN ('LT', 'NO')),
        created_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX organisations_name_key ON organisations (lower(name))`);

    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CONSTRAINT users_email_lower_check CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
        password_hash text NOT NULL,
        display_name text NOT NULL CONSTRAINT users_display_name_check CHECK (length(btrim(display_name)) BETWEEN 1 AND 100),
        role text NOT NULL DEFAULT 'learner' CONSTRAINT users_role_check
          CHECK (role IN ('learner', 'lecturer', 'moderator', 'admin')),
        organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
        locale text NOT NULL DEFAULT 'en' CONSTRAINT users_locale_check CHECK (locale IN ('lt', 'en')),
        time_zone text NOT NULL DEFAULT 'Europe/Vilnius',
        deactivated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await queryRunner.query(`CREATE INDEX users_organisation_id_idx ON users (organisation_id)`);
    // The admin list pages by name (keyset on lower(display_name), id).
    await queryRunner.query(`CREATE INDEX users_display_name_idx ON users (lower(display_name), id)`);

    await queryRunner.query(`
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        current_token_hash text NOT NULL CONSTRAINT auth_sessions_token_hash_check CHECK (current_token_hash ~ '^[0-9a-f]{64}$'),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text CONSTRAINT auth_sessions_revoked_reason_check
          CHECK (revoked_reason IN ('logout', 'reuse', 'deactivated', 'erased')),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        user_agent text,
        CONSTRAINT auth_sessions_revoked_check CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
      )
    `);
    await queryRunner.query(`CREATE INDEX auth_sessions_user_id_idx ON auth_sessions (user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE auth_sessions`);
    await queryRunner.query(`DROP TABLE users`);
    await queryRunner.query(`DROP TABLE organisations`);
  }
}
