/**
 * Makes the system's slow-mode switch: the room, its audit entry (actor
 * null, with the figures) in one transaction, then `room:updated`. The
 * UPDATE only matches a room still in the state the decision was made from
 * (off, for switching on; on by the system, for switching off), so when two
 * evaluations race — two nodes, or the sweep and a message — the row lock
 * lets one through and the other changes and records nothing.
 * (RoomControls.setSlowMode, for moderators, records every call by design,
 * so it cannot make this check; the announcement is the same.)
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { LivePublisher } from '../../platform/realtime/live-publisher';
import { RoomsService } from '../../rooms/rooms.service';
import { ModerationAudit } from '../audit/moderation-audit';
import type { SlowModeSwitch } from './slow-mode-rules';

const STILL_OFF = 'slow_mode_seconds = 0';
const STILL_ON_BY_THE_SYSTEM = 'slow_mode_automatic AND slow_mode_seconds > 0';

@Injectable()
export class SlowModeSwitcher {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: ModerationAudit,
    private readonly rooms: RoomsService,
    private readonly publisher: LivePublisher,
  ) {}

  /** True when this call made the switch; false when the room had already changed. */
  async apply(roomId: string, change: SlowModeSwitch): Promise<boolean> {
    const switched = await this.db.transaction(async (manager) => {
      const [, updated] = (await manager.query(
        `UPDATE rooms SET slow_mode_seconds = $2, slow_mode_automatic = $3
          WHERE id = $1 AND ${change.on ? STILL_OFF : STILL_ON_BY_THE_SYSTEM}`,
        [roomId, change.seconds, change.on],
      )) as [unknown, number];
      if (updated === 0) return false;
      await this.audit.record(
        {
          action: 'slow_mode',
          actorId: null,
          roomId,
          durationSeconds: change.seconds,
          reason: change.reason,
          detail: change.detail,
        },
        manager,
      );
      return true;
    });
    // The room as RoomControls announces it after a moderator's change.
    if (switched) this.publisher.toRoom(roomId, 'room:updated', { room: await this.rooms.get(roomId) });
    return switched;
  }
}
