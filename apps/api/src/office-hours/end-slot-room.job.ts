/**
 * `office-hours.end-room`, SLOT_ROOM_GRACE_MINUTES after a slot's end: ends
 * the slot's consultation room if it is still live. It ends it as the
 * lecturer's "end" does (ConsultationsService: ended, chat locked, asking
 * and voting closed) and announces it the same way, `consultation:updated`
 * to everyone in the room. Ending an ended consultation changes nothing and
 * announces nothing, so a retried or doubled job, or one that runs after the
 * lecturer ended the room by hand, does nothing; so does a job for a slot
 * without a room, or for another end than the slot's.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobPayloads } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { ConsultationsService } from '../consultations/consultations.service';
import { ConsultationAnnouncer } from '../consultations/consultation-announcer';
import { HandlesJob } from '../platform/queue/job-handler.decorator';

@Injectable()
export class EndSlotRoomJob {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly consultations: ConsultationsService,
    private readonly announcer: ConsultationAnnouncer,
  ) {}

  @HandlesJob('office-hours.end-room')
  async end(payload: JobPayloads['office-hours.end-room']): Promise<void> {
    await this.endRoom(payload.slotId, payload.end);
  }

  /** True when this call ended the room, false when there was nothing to do. */
  async endRoom(slotId: string, end: string): Promise<boolean> {
    const [slot] = (await this.db.query(`SELECT room_id, ends_at FROM office_hour_slots WHERE id = $1`, [slotId])) as {
      room_id: string | null;
      ends_at: Date;
    }[];
    if (!slot?.room_id || new Date(slot.ends_at).getTime() !== Date.parse(end)) return false;
    const roomId = slot.room_id;
    if (!(await this.consultations.endAsSystem(roomId))) return false;
    await this.announcer.changed(roomId);
    return true;
  }
}
