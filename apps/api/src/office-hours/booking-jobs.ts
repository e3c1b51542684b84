/**
 * The delayed jobs of a confirmed booking: a reminder 24 hours and one 15
 * minutes before its start, and the opening of its slot's room at the start;
 * and, once that room is open, its end SLOT_ROOM_GRACE_MINUTES after the
 * slot's end. Job ids come from the booking (or slot) and the start (or
 * end) time, so scheduling twice adds one job, and a moved booking's jobs
 * for the old time are other jobs than those for the new one. Removing jobs
 * when a booking is cancelled or moved is a courtesy: the handlers check the
 * booking again and do nothing for one no longer confirmed at that start;
 * the end does nothing to a room already ended.
 */
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { BOOKING_REMINDER_LEADS, type BookingReminderLead, type JobPayloads } from '@klasteris/contracts';
import type { Queue } from 'bullmq';

import { jobIdFrom, retryingJob } from '../platform/queue/job-options';

const ATTEMPTS = 5;
const LEADS = Object.keys(BOOKING_REMINDER_LEADS) as BookingReminderLead[];

export const reminderJobId = (bookingId: string, start: string, lead: BookingReminderLead) =>
  jobIdFrom('booking-remind', bookingId, start, lead);
export const openRoomJobId = (slotId: string, start: string) => jobIdFrom('slot-open-room', slotId, start);
export const endRoomJobId = (slotId: string, end: string) => jobIdFrom('slot-end-room', slotId, end);

/**
 * How long after a slot's end its room ends by itself, if the lecturer has
 * not ended it. Conversations run over: a question taken up near the end
 * should not be cut off mid-sentence by a timer, and every slot has a room
 * of its own, so a room that lingers takes nothing from the next slot. Half
 * an hour covers the usual overrun and still ends the room soon enough that
 * nobody's list keeps showing a "live" consultation nobody is in. The
 * lecturer can always end it earlier by hand.
 */
export const SLOT_ROOM_GRACE_MINUTES = 30;

/** A slot whose room is open, and the slot's end. */
export interface OpenSlotRoom {
  slotId: string;
  end: Date;
}

export interface ConfirmedPlace {
  bookingId: string;
  slotId: string;
  start: Date;
}

@Injectable()
export class BookingJobs {
  private readonly logger = new Logger(BookingJobs.name);

  constructor(@InjectQueue('office-hours') private readonly queue: Queue) {}

  /** Reminders still ahead, and the room opening, for confirmed places. */
  async schedule(places: ConfirmedPlace[], now = Date.now()): Promise<void> {
    const jobs: {
      name: string;
      data: unknown;
      opts: ReturnType<typeof retryingJob> & { jobId: string; delay: number };
    }[] = [];
    for (const place of places) {
      const start = place.start.toISOString();
      for (const lead of LEADS) {
        const at = place.start.getTime() - BOOKING_REMINDER_LEADS[lead] * 60_000;
        if (at <= now) continue;
        const data: JobPayloads['office-hours.remind'] = { bookingId: place.bookingId, start, lead };
        jobs.push({
          name: 'office-hours.remind',
          data,
          opts: { ...retryingJob(ATTEMPTS), jobId: reminderJobId(place.bookingId, start, lead), delay: at - now },
        });
      }
      const data: JobPayloads['office-hours.open-room'] = { slotId: place.slotId, start };
      jobs.push({
        name: 'office-hours.open-room',
        data,
        opts: {
          ...retryingJob(ATTEMPTS),
          jobId: openRoomJobId(place.slotId, start),
          delay: Math.max(0, place.start.getTime() - now),
        },
      });
    }
    if (jobs.length > 0) await this.queue.addBulk(jobs);
  }

  /** The end of open slot rooms, SLOT_ROOM_GRACE_MINUTES after each slot's end (at once when that has passed). */
  async scheduleRoomEnds(rooms: OpenSlotRoom[], now = Date.now()): Promise<void> {
    const jobs = rooms.map((room) => {
      const end = room.end.toISOString();
      const data: JobPayloads['office-hours.end-room'] = { slotId: room.slotId, end };
      return {
        name: 'office-hours.end-room',
        data,
        opts: {
          ...retryingJob(ATTEMPTS),
          jobId: endRoomJobId(room.slotId, end),
          delay: Math.max(0, room.end.getTime() + SLOT_ROOM_GRACE_MINUTES * 60_000 - now),
        },
      };
    });
    if (jobs.length > 0) await this.queue.addBulk(jobs);
  }

  /** Drops the reminders of a booking at a start it no longer has (best effort). */
  async dropReminders(bookingId: string, start: Date): Promise<void> {
    await Promise.all(
      LEADS.map(async (lead) => {
        try {
          await this.queue.remove(reminderJobId(bookingId, start.toISOString(), lead));
        } catch (error) {
          this.logger.warn(
            `Could not remove a reminder of booking ${bookingId}: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }),
    );
  }
}
