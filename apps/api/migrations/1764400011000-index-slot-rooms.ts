/**
 * Slots by their room: the due-jobs sweep joins the live consultations to
 * their slots, and deleting a room clears the slot that points at it. Only
 * slots that had a room opened have one, so the index leaves the rest out.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IndexSlotRooms1764400011000 implements MigrationInterface {
  name = 'IndexSlotRooms1764400011000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX office_hour_slots_room_idx ON office_hour_slots (room_id) WHERE room_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX office_hour_slots_room_idx`);
  }
}
