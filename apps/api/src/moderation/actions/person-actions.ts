/**
 * Mute and ban a person in a room, and lift either. Moderators and admins
 * cannot be muted or banned (409): they run the rooms. A mute or ban is a
 * row while it applies; the send statement and room access read it, so it
 * holds on every node at once. A ban also takes the person's sockets out of
 * the room everywhere; it does not touch room_members, which follow group
 * membership and would come back with it.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModerationAuditEntry, ServerToClientEvents } from '@klasteris/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { LivePublisher } from '../../platform/realtime/live-publisher';
import { returnedRow } from '../../programmes/returned-row';
import { PresenceService } from '../../rooms/presence.service';
import { roomNotFound } from '../../rooms/rooms.errors';
import { ModerationAudit } from '../audit/moderation-audit';
import { ModerationNotices } from '../moderation-notices';
import { nothingToChange, personNotFound, staffCannotBeRestricted } from '../moderation.errors';

export interface PersonChange {
  actorId: string;
  roomId: string;
  userId: string;
  reason: string;
  /** Mute: required. Ban: none for a ban without end. */
  durationSeconds?: number;
}

type RoomAndPersonEvent = 'member:muted' | 'member:banned';

@Injectable()
export class PersonActions {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: ModerationAudit,
    private readonly publisher: LivePublisher,
    private readonly presence: PresenceService,
    private readonly notices: ModerationNotices,
  ) {}

  async mute(change: PersonChange & { durationSeconds: number }): Promise<ModerationAuditEntry> {
    const { auditId, until, roomName } = await this.db.transaction(async (manager) => {
      const roomName = await this.assertCanRestrict(manager, change);
      const rows = (await manager.query(
        `INSERT INTO room_mutes (room_id, user_id, until) VALUES ($1, $2, now() + make_interval(secs => $3))
         ON CONFLICT (room_id, user_id) DO UPDATE SET until = EXCLUDED.until, created_at = now()
         RETURNING until`,
        [change.roomId, change.userId, change.durationSeconds],
      )) as { until: Date }[];
      const auditId = await this.record(manager, 'mute', change);
      return { auditId, until: returnedRow(rows).until, roomName };
    });
    this.toRoomAndPerson(change.roomId, change.userId, 'member:muted', {
      roomId: change.roomId,
      userId: change.userId,
      until: until.toISOString(),
    });
    this.tell(auditId, change, 'mute', roomName);
    return this.audit.entry(auditId);
  }

  async unmute(change: PersonChange): Promise<ModerationAuditEntry> {
    const { auditId, now, roomName } = await this.db.transaction(async (manager) => {
      const roomName = await this.assertCanRestrict(manager, change);
      const [rows] = (await manager.query(
        `DELETE FROM room_mutes WHERE room_id = $1 AND user_id = $2 AND until > now() RETURNING now() AS now`,
        [change.roomId, change.userId],
      )) as [{ now: Date }[], number];
      if (!rows[0]) throw nothingToChange('This person is not muted here');
      const auditId = await this.record(manager, 'unmute', change);
      return { auditId, now: rows[0].now, roomName };
    });
    this.toRoomAndPerson(change.roomId, change.userId, 'member:muted', {
      roomId: change.roomId,
      userId: change.userId,
      until: now.toISOString(),
    });
    this.tell(auditId, change, 'unmute', roomName);
    return this.audit.entry(auditId);
  }

  async ban(change: PersonChange): Promise<ModerationAuditEntry> {
    const { auditId, until, roomName } = await this.db.transaction(async (manager) => {
      const roomName = await this.assertCanRestrict(manager, change);
      const rows = (await manager.query(
        `INSERT INTO room_bans (room_id, user_id, until)
         VALUES ($1, $2, CASE WHEN $3::int IS NULL THEN NULL ELSE now() + make_interval(secs => $3::int) END)
         ON CONFLICT (room_id, user_id) DO UPDATE SET until = EXCLUDED.until, created_at = now()
         RETURNING until`,
        [change.roomId, change.userId, change.durationSeconds ?? null],
      )) as { until: Date | null }[];
      const auditId = await this.record(manager, 'ban', change);
      return { auditId, until: returnedRow(rows).until, roomName };
    });
    // Out of the room first, on every node; then the room hears it, and the person wherever they are.
    this.publisher.removeUserFromRoom(change.userId, change.roomId);
    this.toRoomAndPerson(change.roomId, change.userId, 'member:banned', {
      roomId: change.roomId,
      userId: change.userId,
      until: until ? until.toISOString() : null,
    });
    this.presence.changed(change.roomId);
    this.tell(auditId, change, 'ban', roomName);
    return this.audit.entry(auditId);
  }

  /** The person may join again; nothing is sent to the room. */
  async unban(change: PersonChange): Promise<ModerationAuditEntry> {
    const { auditId, roomName } = await this.db.transaction(async (manager) => {
      const roomName = await this.assertCanRestrict(manager, change);
      const [rows] = (await manager.query(
        `DELETE FROM room_bans WHERE room_id = $1 AND user_id = $2 AND (until IS NULL OR until > now()) RETURNING 1`,
        [change.roomId, change.userId],
      )) as [unknown[], number];
      if (rows.length === 0) throw nothingToChange('This person is not banned here');
      return { auditId: await this.record(manager, 'unban', change), roomName };
    });
    this.tell(auditId, change, 'unban', roomName);
    return this.audit.entry(auditId);
  }

  /** The room exists, the person exists and is not staff. Returns the room's name. */
  private async assertCanRestrict(manager: EntityManager, change: PersonChange): Promise<string> {
    const [row] = (await manager.query(
      `SELECT (SELECT name FROM rooms WHERE id = $1) AS room_name, (SELECT role FROM users WHERE id = $2) AS role`,
      [change.roomId, change.userId],
    )) as { room_name: string | null; role: string | null }[];
    if (!row?.room_name) throw roomNotFound();
    if (!row.role) throw personNotFound();
    if (row.role === 'moderator' || row.role === 'admin') throw staffCannotBeRestricted();
    return row.room_name;
  }

  private record(manager: EntityManager, action: 'mute' | 'unmute' | 'ban' | 'unban', change: PersonChange) {
    return this.audit.record(
      {
        action,
        actorId: change.actorId,
        roomId: change.roomId,
        targetUserId: change.userId,
        durationSeconds: change.durationSeconds ?? null,
        reason: change.reason,
      },
      manager,
    );
  }

  /**
   * Everyone in the room and the person wherever they are, each once: the
   * staff channel plus the person, then the rest of the room but those two.
   */
  private toRoomAndPerson<E extends RoomAndPersonEvent>(
    roomId: string,
    userId: string,
    event: E,
    payload: Parameters<ServerToClientEvents[E]>[0],
  ): void {
    this.publisher.toRoomStaff(roomId, event, payload, userId);
    this.publisher.toRoomExceptStaff(roomId, event, payload, userId);
  }

  private tell(auditId: string, change: PersonChange, action: string, roomName: string): void {
    this.notices.send(async () =>
      this.notices.actedOn(
        auditId,
        change.userId,
        action,
        { roomName, link: action === 'ban' ? null : await this.notices.itemLink(change.roomId, null) },
        change.reason,
      ),
    );
  }
}
