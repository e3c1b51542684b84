/**
 * Rooms and who is in them: the one place that decides room access. Groups
 * and consultations create rooms and manage members through this service.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Room, RoomSummary } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { LivePublisher } from '../platform/realtime/live-publisher';
import { RoomAudience, RoomEntity, RoomKindValue } from './room.entity';
import { notARoomMember, roomNotFound } from './rooms.errors';

export interface CreateRoomInput {
  kind: RoomKindValue;
  name: string;
  audience: RoomAudience;
  memberIds?: string[];
}

const MODERATING_ROLES = new Set(['moderator', 'admin']);

export const canModerate = (user: Pick<AuthenticatedUser, 'role'>) => MODERATING_ROLES.has(user.role);

@Injectable()
export class RoomsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly publisher: LivePublisher,
  ) {}

  async create(input: CreateRoomInput): Promise<Room> {
    return this.db.transaction(async (manager) => {
      const room = await manager.save(
        RoomEntity,
        manager.create(RoomEntity, {
          kind: input.kind,
          name: input.name,
          audience: input.audience,
        }),
      );
      if (input.memberIds?.length) {
        await manager.query(
          `INSERT INTO room_members (room_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
          [room.id, input.memberIds],
        );
      }
      return toRoom(room);
    });
  }

  async addMembers(roomId: string, userIds: string[]): Promise<void> {
    await this.db.query(
      `INSERT INTO room_members (room_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [roomId, userIds],
    );
  }

  /** Removal takes effect at once: the person's open sockets leave the room on every node. */
  async removeMember(roomId: string, userId: string): Promise<void> {
    await this.db.query(`DELETE FROM room_members WHERE room_id = $1 AND user_id = $2`, [roomId, userId]);
    this.publisher.removeUserFromRoom(userId, roomId);
  }

  async get(roomId: string): Promise<Room> {
    const room = await this.db.getRepository(RoomEntity).findOneBy({ id: roomId });
    if (!room) throw roomNotFound();
    return toRoom(room);
  }

  /** The person's rooms and the open ones, newest activity first, with unread counts. */
  async listFor(user: AuthenticatedUser): Promise<RoomSummary[]> {
    const rows = (await this.db.query(
      `SELECT ${ROOM_COLUMNS}, (m.user_id IS NOT NULL) AS is_member,
              CASE WHEN m.user_id IS NULL THEN 0 ELSE (
                SELECT count(*)::int FROM messages x
                 WHERE x.room_id = r.id AND x.seq > m.last_read_seq
                   AND x.author_id IS DISTINCT FROM $1 AND x.deleted_at IS NULL AND x.hidden_at IS NULL
              ) END AS unread
         FROM rooms r LEFT JOIN room_members m ON m.room_id = r.id AND m.user_id = $1
        WHERE m.user_id IS NOT NULL OR r.audience = 'signed_in'
        ORDER BY r.last_seq DESC, r.created_at DESC
        LIMIT 200`,
      [user.id],
    )) as (RoomRow & { is_member: boolean; unread: number })[];
    return rows.map((row) => ({ ...toRoom(row), member: row.is_member, unread: row.unread }));
  }

  /**
   * Read access: members, moderators, and for open rooms every signed-in
   * person (who becomes a member on entering, so read cursors work).
   */
  async assertCanEnter(user: AuthenticatedUser, roomId: string): Promise<Room> {
    const [row] = (await this.db.query(
      `SELECT ${ROOM_COLUMNS}, (m.user_id IS NOT NULL) AS is_member
         FROM rooms r LEFT JOIN room_members m ON m.room_id = r.id AND m.user_id = $2
        WHERE r.id = $1`,
      [roomId, user.id],
    )) as (RoomRow & { is_member: boolean })[];
    if (!row) throw roomNotFound();
    if (!row.is_member) {
      if (row.audience !== 'signed_in' && !canModerate(user)) throw notARoomMember();
      await this.addMembers(roomId, [user.id]);
    }
    return toRoom(row);
  }

  /** Read access without entering (REST history). */
  async assertCanRead(user: AuthenticatedUser, roomId: string): Promise<Room> {
    const [row] = (await this.db.query(
      `SELECT ${ROOM_COLUMNS}, EXISTS (SELECT 1 FROM room_members m WHERE m.room_id = r.id AND m.user_id = $2) AS is_member
         FROM rooms r WHERE r.id = $1`,
      [roomId, user.id],
    )) as (RoomRow & { is_member: boolean })[];
    if (!row) throw roomNotFound();
    if (!row.is_member && row.audience !== 'signed_in' && !canModerate(user)) throw notARoomMember();
    return toRoom(row);
  }
}

/** Selected with the entity's property names, so rows and entities map the same way. */
const ROOM_COLUMNS = `r.id, r.kind, r.name, r.audience, r.locked, r.slow_mode_seconds AS "slowModeSeconds", r.last_seq AS "lastSeq"`;

type RoomRow = Pick<RoomEntity, 'id' | 'kind' | 'name' | 'audience' | 'locked' | 'slowModeSeconds'> & {
  lastSeq: number | string;
};

function toRoom(room: RoomRow): Room {
  return {
    id: room.id,
    kind: room.kind,
    name: room.name,
    locked: room.locked,
    slowModeSeconds: room.slowModeSeconds,
    lastSeq: Number(room.lastSeq),
  };
}
