/**
 * Rooms a moderator looks for to act on: found by the room's name, its
 * group's name or its consultation's title (ignoring case and diacritics),
 * with their lock, slow mode and the people muted or banned there now.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModeratedRoom, RoomKind, RoomRestriction } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { DELETED_USER_NAME } from '../../rooms/message-row';

const ROOMS_LIMIT = 50;

interface RoomRow {
  id: string;
  name: string;
  kind: RoomKind;
  context: string;
  locked: boolean;
  slow_mode_seconds: number;
  slow_mode_automatic: boolean;
}

interface RestrictionRow {
  room_id: string;
  user_id: string;
  display_name: string | null;
  kind: 'mute' | 'ban';
  until: Date | null;
}

@Injectable()
export class ModeratedRoomsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async search(query: string): Promise<ModeratedRoom[]> {
    const rooms = (await this.db.query(
      `SELECT r.id, r.name, r.kind, coalesce(g.name, c.title, '') AS context, r.locked, r.slow_mode_seconds,
              r.slow_mode_automatic
         FROM rooms r
         LEFT JOIN group_channels gc ON gc.room_id = r.id
         LEFT JOIN groups g ON g.id = gc.group_id
         LEFT JOIN consultations c ON c.id = r.id
        WHERE $1 = ''
           OR strpos(klasteris_fold(lower(concat_ws(' ', r.name, g.name, c.title))), klasteris_fold(lower($1))) > 0
        ORDER BY r.last_seq DESC, r.created_at DESC, r.id
        LIMIT $2`,
      [query, ROOMS_LIMIT],
    )) as RoomRow[];
    const restrictions = await this.restrictions(rooms.map((room) => room.id));
    return rooms.map((room) => ({
      id: room.id,
      name: room.name,
      kind: room.kind,
      context: room.context,
      locked: room.locked,
      slowModeSeconds: room.slow_mode_seconds,
      slowModeAutomatic: room.slow_mode_automatic,
      restrictions: restrictions.get(room.id) ?? [],
    }));
  }

  private async restrictions(roomIds: string[]): Promise<Map<string, RoomRestriction[]>> {
    const byRoom = new Map<string, RoomRestriction[]>();
    if (roomIds.length === 0) return byRoom;
    const rows = (await this.db.query(
      `SELECT x.room_id, x.user_id, u.display_name, x.kind, x.until FROM (
         SELECT room_id, user_id, 'mute' AS kind, until FROM room_mutes WHERE room_id = ANY($1::uuid[]) AND until > now()
         UNION ALL
         SELECT room_id, user_id, 'ban', until FROM room_bans
          WHERE room_id = ANY($1::uuid[]) AND (until IS NULL OR until > now())
       ) x LEFT JOIN users u ON u.id = x.user_id
       ORDER BY x.kind, lower(u.display_name), x.user_id`,
      [roomIds],
    )) as RestrictionRow[];
    for (const row of rows) {
      const list = byRoom.get(row.room_id) ?? [];
      list.push({
        user: { id: row.user_id, displayName: row.display_name ?? DELETED_USER_NAME },
        kind: row.kind,
        until: row.until ? row.until.toISOString() : null,
      });
      byRoom.set(row.room_id, list);
    }
    return byRoom;
  }
}
