import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live engine's tables. `rooms.last_seq` is the per-room counter that
 * message inserts bump in the same transaction, so seqs have no gaps; the
 * unique (author, client_msg_id) index makes a resent message a no-op.
 */
export class CreateRooms1764400002000 implements MigrationInterface {
  name = 'CreateRooms1764400002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rooms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('channel', 'consultation')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        audience text NOT NULL CHECK (audience IN ('members', 'signed_in')),
        locked boolean NOT NULL DEFAULT false,
        slow_mode_seconds integer NOT NULL DEFAULT 0 CHECK (slow_mode_seconds >= 0),
        last_seq bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE room_members (
        room_id uuid NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        last_read_seq bigint NOT NULL DEFAULT 0,
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (room_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX room_members_user_idx ON room_members (user_id)`);
    await queryRunner.query(`
      CREATE TABLE messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        room_id uuid NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        parent_id uuid REFERENCES messages(id) ON DELETE SET NULL,
        client_msg_id text NOT NULL CHECK (length(client_msg_id) BETWEEN 1 AND 100),
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        hidden_at timestamptz,
        CONSTRAINT messages_room_seq_unique UNIQUE (room_id, seq)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX messages_client_msg_id_unique ON messages (author_id, client_msg_id)`);
    await queryRunner.query(`CREATE INDEX messages_parent_idx ON messages (parent_id) WHERE parent_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE message_reactions (
        message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        emoji text NOT NULL CHECK (length(emoji) BETWEEN 1 AND 32),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (message_id, user_id, emoji)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE message_reactions`);
    await queryRunner.query(`DROP TABLE messages`);
    await queryRunner.query(`DROP TABLE room_members`);
    await queryRunner.query(`DROP TABLE rooms`);
  }
}
