/**
 * What people hear about bookings, through the Notifier once the change is
 * committed (kind `booking`; see notifications/notification-templates.ts).
 * Keys name the booking, the change and the start time, so a repeated
 * event never notifies twice while a booking moved to a new time is news.
 */
import { Injectable, Logger } from '@nestjs/common';

import { type NotificationEvent, Notifier } from '../notifications/notifier';
import { bookingLink } from './booking-view';

export type BookingChange =
  'booked' | 'confirmed' | 'promoted' | 'cancelled' | 'rescheduled' | 'reminder_24h' | 'reminder_15m' | 'room_open';

export interface BookingNotice {
  /** Makes the key: the booking's id, or the slot's for one notice per slot. */
  subject: string;
  bookingId: string;
  recipientId: string;
  change: BookingChange;
  /** The other person: the lecturer for a learner, the learner for a lecturer. */
  personName: string;
  start: Date;
  message?: string | null;
  /** Where it leads; the booking by default. */
  link?: string;
}

export function bookingEvent(notice: BookingNotice): NotificationEvent {
  const start = notice.start.toISOString();
  return {
    key: `booking-${notice.change}:${notice.subject}:${start}`,
    recipientId: notice.recipientId,
    kind: 'booking',
    params: {
      change: notice.change,
      personName: notice.personName,
      start,
      ...(notice.message ? { message: notice.message } : {}),
    },
    link: notice.link ?? bookingLink(notice.bookingId),
  };
}

@Injectable()
export class BookingNotifications {
  private readonly logger = new Logger(BookingNotifications.name);

  constructor(private readonly notifier: Notifier) {}

  /**
   * The change is committed whatever happens here; a failure to enqueue is
   * logged with the keys rather than turned into an error for a booking that
   * succeeded. Jobs that call this let the error through, to be retried.
   */
  async send(notices: BookingNotice[], options: { rethrow?: boolean } = {}): Promise<void> {
    const events = notices.map(bookingEvent);
    if (events.length === 0) return;
    try {
      await this.notifier.notify(events);
    } catch (error) {
      if (options.rethrow) throw error;
      this.logger.error(
        `Could not enqueue notifications ${events.map((event) => event.key).join(', ')}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
