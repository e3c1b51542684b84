/**
 * Bans and mutes as the rest of the live engine asks about them (moderation
 * writes them). Sends check them inside their own statement; this is for the
 * other ways of speaking (editing, asking a question) and for reading.
 * Moderators and admins are never muted or banned (moderation refuses it).
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { bannedFromRoom, mutedInRoom, roomLocked } from './rooms.errors';

/** An active ban of `$userId` in the room `room.id`, as SQL. */
export const activeBanSql = (room: string, userId: string) =>
  `EXISTS (SELECT 1 FROM room_bans rb WHERE rb.room_id = ${room}.id AND rb.user_id = ${userId} AND (rb.until IS NULL OR rb.until > now()))`;

@Injectable()
export class RoomRestrictions {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Refuses with BANNED or MUTED (with the time left) when either applies
   * now, and with ROOM_LOCKED when asked to and the room is locked.
   */
  async assertMaySpeak(userId: string, roomId: string, options: { unlessLocked?: boolean } = {}): Promise<void> {
    const [row] = (await this.db.query(
      `SELECT now() AS now, coalesce((SELECT locked FROM rooms WHERE id = $1), false) AS locked,
              (SELECT b.until FROM room_bans b WHERE b.room_id = $1 AND b.user_id = $2 AND (b.until IS NULL OR b.until > now())) AS ban_until,
              EXISTS (SELECT 1 FROM room_bans b WHERE b.room_id = $1 AND b.user_id = $2 AND (b.until IS NULL OR b.until > now())) AS banned,
              (SELECT mu.until FROM room_mutes mu WHERE mu.room_id = $1 AND mu.user_id = $2 AND mu.until > now()) AS muted_until`,
      [roomId, userId],
    )) as { now: Date; locked: boolean; ban_until: Date | null; banned: boolean; muted_until: Date | null }[];
    if (!row) return;
    if (row.banned) throw bannedFromRoom(row.ban_until);
    if (options.unlessLocked && row.locked) throw roomLocked();
    if (row.muted_until) throw mutedInRoom(row.muted_until, row.now);
  }
}
