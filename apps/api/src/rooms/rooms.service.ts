/**
 * Rooms and who is in them: the one place that decides room access. Groups
 * and consultations create rooms and manage members through this service.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Room, RoomSummary } from '@klasteris/contracts';
import { DataSource, EntityManager } from 'typeorm';

import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { LivePublisher } from '../platform/realtime/live-publisher';
import { roomReadableSql } from './room-access-sql';
import { activeBanSql } from './room-restrictions';
import { RoomAudience, RoomEntity, RoomKindValue } from './room.entity';
import { bannedFromRoom, notARoomMember, roomNotFound } from './rooms.errors';

export interface CreateRoomInput {
  kind: RoomKindValue;
  name: string;
  audience: RoomAudience;
  /** For audience 'module': the module whose programme's learners and lecturers may enter. */
  moduleId?: string;
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

  /** Pass `within` to create the room in a feature's own transaction (a consultation and its room together). */
  async create(input: CreateRoomInput, within?: EntityManager): Promise<Room> {
    const work = async (manager: EntityManager) => {
      const room = await manager.save(
        RoomEntity,
        manager.create(RoomEntity, {
          kind: input.kind,
          name: input.name,
          audience: input.audience,
          moduleId: input.moduleId ?? null,
        }),
      );
      if (input.memberIds?.length) {
        await manager.query(
          `INSERT INTO room_members (room_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
          [room.id, input.memberIds],
        );
      }
      return toRoom(room);
    };
    return within ? work(within) : this.db.transaction(work);
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
        WHERE (r.audience <> 'module' AND (m.user_id IS NOT NULL OR r.audience = 'signed_in'))
           OR (r.audience = 'module' AND ((m.user_id IS NOT NULL AND $2) OR ${roomReadableSql({ room: 'r', userId: '$1', moderates: 'false' })}))
        ORDER BY r.last_seq DESC, r.created_at DESC
        LIMIT 200`,
      [user.id, canModerate(user)],
    )) as (RoomRow & { is_member: boolean; unread: number })[];
    return rows.map((row) => ({ ...toRoom(row), member: row.is_member, unread: row.unread }));
  }

  /**
   * Read access: members, moderators, for open rooms every signed-in person,
   * for module rooms the module's learners and lecturers (room-access-sql.ts);
   * whoever enters becomes a member, so read cursors work. A person banned
   * from the room is refused (BANNED) though their membership stays: it
   * follows their group, and the ban must outlive changes to it.
   */
  async assertCanEnter(user: AuthenticatedUser, roomId: string): Promise<Room> {
    const [row] = (await this.db.query(
      `SELECT ${ROOM_COLUMNS}, (m.user_id IS NOT NULL) AS is_member,
              ${roomReadableSql({ room: 'r', userId: '$2', moderates: '$3' })} AS can_read,
              ${activeBanSql('r', '$2')} AS banned
         FROM rooms r LEFT JOIN room_members m ON m.room_id = r.id AND m.user_id = $2
        WHERE r.id = $1`,
      [roomId, user.id, canModerate(user)],
    )) as (RoomRow & { is_member: boolean; can_read: boolean; banned: boolean })[];
    if (!row) throw roomNotFound();
    if (!row.can_read) throw refusalFor(row);
    if (row.banned) throw bannedFromRoom(null);
    if (!row.is_member) {
      await this.addMembers(roomId, [user.id]);
    }
    return toRoom(row);
  }

  /** Read access without entering (REST history). */
  async assertCanRead(user: AuthenticatedUser, roomId: string): Promise<Room> {
    const [row] = (await this.db.query(
      `SELECT ${ROOM_COLUMNS}, ${roomReadableSql({ room: 'r', userId: '$2', moderates: '$3' })} AS can_read,
              ${activeBanSql('r', '$2')} AS banned
         FROM rooms r WHERE r.id = $1`,
      [roomId, user.id, canModerate(user)],
    )) as (RoomRow & { can_read: boolean; banned: boolean })[];
    if (!row) throw roomNotFound();
    if (!row.can_read) throw refusalFor(row);
    if (row.banned) throw bannedFromRoom(null);
    return toRoom(row);
  }
}

/** Selected with the entity's property names, so rows and entities map the same way. */
const ROOM_COLUMNS = `r.id, r.kind, r.name, r.audience, r.locked, r.slow_mode_seconds AS "slowModeSeconds", r.last_seq AS "lastSeq", r.private`;

type RoomRow = Pick<RoomEntity, 'id' | 'kind' | 'name' | 'audience' | 'locked' | 'slowModeSeconds'> & {
  lastSeq: number | string;
  private?: boolean;
};

/** A private room (a working group's channel) does not exist for those outside it; other rooms say "not a member". */
const refusalFor = (row: RoomRow) => (row.private ? roomNotFound() : notARoomMember());

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
