/**
 * `office-hours.open-room`, at a booked slot's start: opens the slot's
 * consultation room, live at once, for the lecturer and the people booked
 * (audience 'members'), with each booking's question already in its Q&A
 * queue as an open question by its learner; then tells them it is open, and
 * schedules the room's end (`office-hours.end-room`, EndSlotRoomJob) a grace
 * period after the slot's end. One transaction under the slot's lock: a
 * retried or doubled job finds the room set and opens nothing (it only makes
 * sure the end is scheduled, which the job id dedupes); a slot nobody is
 * booked in any more gets none, and neither does one whose room would
 * already have ended.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobPayloads } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { ConsultationsService } from '../consultations/consultations.service';
import { QuestionsService } from '../consultations/questions.service';
import { HandlesJob } from '../platform/queue/job-handler.decorator';
import { BookingJobs, SLOT_ROOM_GRACE_MINUTES } from './booking-jobs';
import { type BookingNotice, BookingNotifications } from './booking-notifications';

const ROOM_TITLE_MAX = 200;

interface SlotRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  room_id: string | null;
  lecturer_id: string;
  lecturer_name: string;
}

interface BookedRow {
  id: string;
  learner_id: string;
  learner_name: string;
  question: string | null;
}

export const slotRoomLink = (roomId: string) => `/consultations/${roomId}`;

@Injectable()
export class OpenSlotRoomJob {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly consultations: ConsultationsService,
    private readonly questions: QuestionsService,
    private readonly notifications: BookingNotifications,
    private readonly jobs: BookingJobs,
  ) {}

  @HandlesJob('office-hours.open-room')
  async open(payload: JobPayloads['office-hours.open-room']): Promise<void> {
    await this.openRoom(payload.slotId);
  }

  /** The room's id when this call opened it, null when there was nothing to do. */
  async openRoom(slotId: string): Promise<string | null> {
    const opened = await this.db.transaction(async (manager) => {
      const [slot] = (await manager.query(
        `SELECT s.id, s.starts_at, s.ends_at, s.room_id, s.lecturer_id, u.display_name AS lecturer_name
           FROM office_hour_slots s JOIN users u ON u.id = s.lecturer_id
          WHERE s.id = $1 FOR UPDATE OF s`,
        [slotId],
      )) as SlotRow[];
      if (!slot) return null;
      // Run so late (workers down for hours) that the room would end as it opens: nobody is told to join it.
      if (slot.room_id === null && Date.now() > new Date(slot.ends_at).getTime() + SLOT_ROOM_GRACE_MINUTES * 60_000)
        return null;
      // Open already (a retry, perhaps of a run whose end scheduling failed): nobody to tell, only the end to make sure of.
      if (slot.room_id !== null) return { roomId: slot.room_id, slot, booked: [] as BookedRow[], openedNow: false };
      const booked = (await manager.query(
        `SELECT b.id, b.learner_id, u.display_name AS learner_name, b.question
           FROM bookings b JOIN users u ON u.id = b.learner_id
          WHERE b.slot_id = $1 AND b.status = 'confirmed'
          ORDER BY b.created_at, b.id`,
        [slotId],
      )) as BookedRow[];
      if (booked.length === 0) return null;
      const roomId = await this.consultations.createForMembers(
        {
          title: `Konsultacija · Office hours: ${slot.lecturer_name}`.slice(0, ROOM_TITLE_MAX),
          lecturerId: slot.lecturer_id,
          memberIds: [slot.lecturer_id, ...booked.map((booking) => booking.learner_id)],
          startsAt: new Date(slot.starts_at),
        },
        manager,
      );
      for (const booking of booked) {
        if (!booking.question) continue;
        await this.questions.insertOpenQuestion(
          { roomId, authorId: booking.learner_id, body: booking.question, clientMsgId: `booking-${booking.id}` },
          manager,
        );
      }
      await manager.query(`UPDATE office_hour_slots SET room_id = $2 WHERE id = $1`, [slotId, roomId]);
      return { roomId, slot, booked, openedNow: true };
    });
    if (!opened) return null;
    if (opened.openedNow) await this.tellOpen(opened.roomId, opened.slot, opened.booked);
    // After the notices: a failure here retries the job, which then finds the room open and tells nobody twice.
    await this.jobs.scheduleRoomEnds([{ slotId: opened.slot.id, end: new Date(opened.slot.ends_at) }]);
    return opened.openedNow ? opened.roomId : null;
  }

  /** Each learner booked, and the lecturer once for the slot. */
  private async tellOpen(roomId: string, slot: SlotRow, booked: BookedRow[]): Promise<void> {
    const [first] = booked;
    if (!first) return;
    const start = new Date(slot.starts_at);
    const notices: BookingNotice[] = booked.map((booking) => ({
      subject: booking.id,
      bookingId: booking.id,
      recipientId: booking.learner_id,
      change: 'room_open',
      personName: slot.lecturer_name,
      start,
      link: slotRoomLink(roomId),
    }));
    notices.push({
      subject: `slot-${slot.id}`,
      bookingId: first.id,
      recipientId: slot.lecturer_id,
      change: 'room_open',
      personName: booked.map((booking) => booking.learner_name).join(', '),
      start,
      link: slotRoomLink(roomId),
    });
    // The room is open whatever happens here; a failure to enqueue is logged.
    await this.notifications.send(notices);
  }
}
