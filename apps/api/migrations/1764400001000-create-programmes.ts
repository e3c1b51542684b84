/**
 * The programme catalogue: programmes and their ordered modules, every
 * learner-facing text kept as `{lt, en}` jsonb (both languages required).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

const bilingual = (column: string) =>
  `jsonb_typeof(${column}) = 'object' AND jsonb_typeof(${column} -> 'lt') = 'string' AND jsonb_typeof(${column} -> 'en') = 'string'`;

export class CreateProgrammes1764400001000 implements MigrationInterface {
  name = 'CreateProgrammes1764400001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE programmes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title jsonb NOT NULL CONSTRAINT programmes_title_check CHECK (${bilingual('title')}),
        description jsonb NOT NULL CONSTRAINT programmes_description_check CHECK (${bilingual('description')}),
        position integer NOT NULL DEFAULT 0 CONSTRAINT programmes_position_check CHECK (position >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await queryRunner.query(`
      CREATE TABLE programme_modules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
        title jsonb NOT NULL CONSTRAINT programme_modules_title_check CHECK (${bilingual('title')}),
        description jsonb NOT NULL DEFAULT '{"lt": "", "en": ""}'::jsonb
          CONSTRAINT programme_modules_description_check CHECK (${bilingual('description')}),
        body jsonb NOT NULL CONSTRAINT programme_modules_body_check CHECK (${bilingual('body')}),
        position integer NOT NULL CONSTRAINT programme_modules_position_check CHECK (position >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- Deferrable so a reorder can swap positions inside one transaction.
        CONSTRAINT programme_modules_position_key UNIQUE (programme_id, position) DEFERRABLE INITIALLY IMMEDIATE
      )
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE programme_modules`);
    await queryRunner.query(`DROP TABLE programmes`);
  }
}
