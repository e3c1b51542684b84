import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Office hours. `office_hours` holds a lecturer's availability (wall times
 * in their zone). A slot gets a row in `office_hour_slots` on its first
 * booking, with its capacity fixed then and a `booked` counter that the
 * CHECK keeps within it; bookings lock the slot row (`FOR UPDATE`) so
 * concurrent requests on any node take turns. The partial unique index lets
 * a person hold one place (confirmed or waiting) per slot. The calendar feed
 * keeps only a hash of its token, looked up by that hash.
 */
export class CreateOfficeHours1764400007000 implements MigrationInterface {
  name = 'CreateOfficeHours1764400007000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE office_hours (
        lecturer_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        time_zone text NOT NULL,
        weekly jsonb NOT NULL DEFAULT '[]',
        exceptions jsonb NOT NULL DEFAULT '[]',
        slot_minutes integer NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 50),
        min_notice_minutes integer NOT NULL CHECK (min_notice_minutes >= 0),
        booking_horizon_days integer NOT NULL CHECK (booking_horizon_days BETWEEN 1 AND 366),
        cancel_cutoff_minutes integer NOT NULL CHECK (cancel_cutoff_minutes >= 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE office_hour_slots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        lecturer_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 50),
        booked integer NOT NULL DEFAULT 0,
        room_id uuid REFERENCES rooms(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT office_hour_slots_within_capacity CHECK (booked >= 0 AND booked <= capacity),
        CONSTRAINT office_hour_slots_ends_after_start CHECK (ends_at > starts_at),
        CONSTRAINT office_hour_slots_lecturer_start_key UNIQUE (lecturer_id, starts_at)
      )`);
    await queryRunner.query(`CREATE INDEX office_hour_slots_starts_idx ON office_hour_slots (starts_at)`);
    await queryRunner.query(`
      CREATE TABLE bookings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slot_id uuid NOT NULL REFERENCES office_hour_slots(id) ON DELETE CASCADE,
        learner_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('confirmed', 'waiting', 'cancelled')),
        question text CHECK (question IS NULL OR length(question) BETWEEN 1 AND 2000),
        question_id uuid,
        cancelled_by text CHECK (cancelled_by IN ('learner', 'lecturer')),
        cancel_message text CHECK (cancel_message IS NULL OR length(cancel_message) <= 2000),
        cancelled_at timestamptz,
        revision integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bookings_cancelled_shape CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX bookings_one_place_per_slot ON bookings (slot_id, learner_id) WHERE status <> 'cancelled'`,
    );
    await queryRunner.query(`CREATE INDEX bookings_learner_idx ON bookings (learner_id)`);
    await queryRunner.query(
      `CREATE INDEX bookings_waiting_idx ON bookings (slot_id, created_at, id) WHERE status = 'waiting'`,
    );
    await queryRunner.query(`
      CREATE TABLE calendar_feeds (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        salt text NOT NULL,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT calendar_feeds_token_hash_key UNIQUE (token_hash)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE calendar_feeds`);
    await queryRunner.query(`DROP TABLE bookings`);
    await queryRunner.query(`DROP TABLE office_hour_slots`);
    await queryRunner.query(`DROP TABLE office_hours`);
  }
}
