/**
 * Changes a room's lock and slow mode, writes the audit entry in the same
 * transaction and tells the room (`room:updated`) on every node. Automatic
 * slow mode (auto-slow-mode/) calls `setSlowMode` with no actor.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModerationAuditEntry } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { LivePublisher } from '../../platform/realtime/live-publisher';
import { roomNotFound } from '../../rooms/rooms.errors';
import { RoomsService } from '../../rooms/rooms.service';
import { ModerationAudit } from '../audit/moderation-audit';
import { nothingToChange } from '../moderation.errors';

export interface SlowModeChange {
  roomId: string;
  seconds: number;
  /** Null for the system (automatic slow mode). */
  actorId: string | null;
  reason: string;
  /** What made the system act, e.g. `{messagesPerMinute: 84, threshold: 60}`. */
  detail?: Record<string, number | string>;
  /** Set by the system: only the system switches it off again. */
  automatic: boolean;
}

export interface LockChange {
  roomId: string;
  locked: boolean;
  actorId: string;
  reason: string;
}

@Injectable()
export class RoomControls {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: ModerationAudit,
    private readonly rooms: RoomsService,
    private readonly publisher: LivePublisher,
  ) {}

  /** Always recorded, even when the seconds stay the same (who set it, and why, changes). */
  async setSlowMode(change: SlowModeChange): Promise<ModerationAuditEntry> {
    const auditId = await this.db.transaction(async (manager) => {
      const [, updated] = (await manager.query(
        `UPDATE rooms SET slow_mode_seconds = $2, slow_mode_automatic = $3 WHERE id = $1`,
        [change.roomId, change.seconds, change.automatic && change.seconds > 0],
      )) as [unknown, number];
      if (updated === 0) throw roomNotFound();
      return this.audit.record(
        {
          action: 'slow_mode',
          actorId: change.actorId,
          roomId: change.roomId,
          durationSeconds: change.seconds,
          reason: change.reason,
          detail: change.detail ?? null,
        },
        manager,
      );
    });
    await this.announce(change.roomId);
    return this.audit.entry(auditId);
  }

  /**
   * Locks or unlocks; locking a locked room (or the reverse) is a conflict
   * with no entry. An ended consultation stays locked: its session is over.
   */
  async setLocked(change: LockChange): Promise<ModerationAuditEntry> {
    const auditId = await this.db.transaction(async (manager) => {
      const [room] = (await manager.query(
        `SELECT r.locked, EXISTS (SELECT 1 FROM consultations c WHERE c.id = r.id AND c.ended_at IS NOT NULL) AS ended
           FROM rooms r WHERE r.id = $1 FOR UPDATE`,
        [change.roomId],
      )) as { locked: boolean; ended: boolean }[];
      if (!room) throw roomNotFound();
      if (room.locked === change.locked) {
        throw nothingToChange(change.locked ? 'This room is already locked' : 'This room is not locked');
      }
      if (!change.locked && room.ended) throw nothingToChange('This consultation has ended; its room stays locked');
      await manager.query(`UPDATE rooms SET locked = $2 WHERE id = $1`, [change.roomId, change.locked]);
      return this.audit.record(
        {
          action: change.locked ? 'lock' : 'unlock',
          actorId: change.actorId,
          roomId: change.roomId,
          reason: change.reason,
        },
        manager,
      );
    });
    await this.announce(change.roomId);
    return this.audit.entry(auditId);
  }

  private async announce(roomId: string): Promise<void> {
    const room = await this.rooms.get(roomId);
    this.publisher.toRoom(roomId, 'room:updated', { room });
  }
}
