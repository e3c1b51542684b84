/**
 * `office-hours.open-room`, at a booked slot's start: opens the slot's
 * consultation room, live at once, for the lecturer and the people booked
 * (audience 'members'), with each booking's question already in its Q&A
 * queue as an open question by its learner; then tells them it is open.
 * One transaction under the slot's lock: a retried or doubled job finds the
 * room set and does nothing; a slot nobody is booked in any more gets none.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobPayloads } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { ConsultationsService } from '../consultations/consultations.service';
import { QuestionsService } from '../consultations/questions.service';
import { HandlesJob } from '../platform/queue/job-handler.decorator';
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
      if (!slot || slot.room_id !== null) return null;
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
      return { roomId, slot, booked };
    });
    const firstBooking = opened?.booked[0];
    if (!opened || !firstBooking) return null;
    const start = new Date(opened.slot.starts_at);
    const notices: BookingNotice[] = opened.booked.map((booking) => ({
      subject: booking.id,
      bookingId: booking.id,
      recipientId: booking.learner_id,
      change: 'room_open',
      personName: opened.slot.lecturer_name,
      start,
      link: slotRoomLink(opened.roomId),
    }));
    notices.push({
      subject: `slot-${opened.slot.id}`,
      bookingId: firstBooking.id,
      recipientId: opened.slot.lecturer_id,
      change: 'room_open',
      personName: opened.booked.map((booking) => booking.learner_name).join(', '),
      start,
      link: slotRoomLink(opened.roomId),
    });
    // The room is open whatever happens here; a failure to enqueue is logged.
    await this.notifications.send(notices);
    return opened.roomId;
  }
}
