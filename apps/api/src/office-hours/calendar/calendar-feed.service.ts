/**
 * The personal calendar feed: a secret address per person listing their
 * bookings (as learner) and their booked slots (as lecturer).
 *
 * The token is an HMAC of the person and a random salt under the server's
 * secret; the database keeps the salt and a SHA-256 hash of the token, and a
 * feed request is looked up by that hash. So the address can be shown again
 * without being stored, a stolen database does not yield working addresses,
 * and regenerating (a new salt) makes the old address a 404.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CalendarFeed } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { APP_CONFIG } from '../../config/config.module';
import type { RuntimeConfig } from '../../platform/prepare-runtime';
import { returnedRow } from '../../programmes/returned-row';
import { feedNotFound } from '../office-hours.errors';
import { type IcsEvent, renderCalendar } from './ics';

/** Cancelled bookings stay in the feed this long, so calendars drop them rather than keep a stale copy. */
const CANCELLED_KEPT_DAYS = 30;
/** Past events in the feed. */
const PAST_DAYS = 90;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

interface FeedRow {
  kind: 'booking' | 'slot';
  id: string;
  starts_at: Date;
  ends_at: Date;
  status: 'confirmed' | 'cancelled';
  stamp: Date;
  sequence: number;
  other_name: string;
  people: number;
  question: string | null;
  cancel_message: string | null;
}

@Injectable()
export class CalendarFeedService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** The person's feed address, made on first use. */
  async feed(userId: string): Promise<CalendarFeed> {
    const salt = randomBytes(16).toString('base64url');
    await this.db.query(
      `INSERT INTO calendar_feeds (user_id, salt, token_hash) VALUES ($1, $2, $3) ON CONFLICT (user_id) DO NOTHING`,
      [userId, salt, hashToken(this.token(userId, salt))],
    );
    const row = returnedRow(
      (await this.db.query(`SELECT salt FROM calendar_feeds WHERE user_id = $1`, [userId])) as { salt: string }[],
    );
    return { url: this.url(this.token(userId, row.salt)) };
  }

  /** A new address; the old one stops working at once. */
  async regenerate(userId: string): Promise<CalendarFeed> {
    const salt = randomBytes(16).toString('base64url');
    const token = this.token(userId, salt);
    await this.db.query(
      `INSERT INTO calendar_feeds (user_id, salt, token_hash) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET salt = EXCLUDED.salt, token_hash = EXCLUDED.token_hash, created_at = now()`,
      [userId, salt, hashToken(token)],
    );
    return { url: this.url(token) };
  }

  /** The iCalendar text of the feed with this token; NOT_FOUND for an unknown one. */
  async render(token: string, now = new Date()): Promise<string> {
    if (!TOKEN.test(token)) throw feedNotFound();
    const [owner] = (await this.db.query(
      `SELECT u.id, u.display_name FROM calendar_feeds f JOIN users u ON u.id = f.user_id
        WHERE f.token_hash = $1 AND u.deactivated_at IS NULL`,
      [hashToken(token)],
    )) as { id: string; display_name: string }[];
    if (!owner) throw feedNotFound();
    const rows = await this.rows(owner.id, now);
    return renderCalendar({ name: `Klasteris – ${owner.display_name}`, events: rows.map((row) => this.event(row)) });
  }

  private token(userId: string, salt: string): string {
    return createHmac('sha256', this.config.jwtSecret)
      .update(`calendar-feed\u0000${userId}\u0000${salt}`)
      .digest('base64url');
  }

  private url(token: string): string {
    return `${this.config.publicUrl}/api/calendar/${token}.ics`;
  }

  /**
   * As learner: each booking with a confirmed place, or cancelled lately
   * (waiting-list places are not events). As lecturer: each slot that has or
   * had bookings, cancelled when nobody is booked any more.
   */
  private async rows(userId: string, now: Date): Promise<FeedRow[]> {
    return (await this.db.query(
      `SELECT 'booking' AS kind, b.id, s.starts_at, s.ends_at,
              CASE WHEN b.status = 'confirmed' THEN 'confirmed' ELSE 'cancelled' END AS status,
              b.updated_at AS stamp, b.revision AS sequence, lecturer.display_name AS other_name, 1 AS people,
              b.question, b.cancel_message
         FROM bookings b
         JOIN office_hour_slots s ON s.id = b.slot_id
         JOIN users lecturer ON lecturer.id = s.lecturer_id
        WHERE b.learner_id = $1 AND s.ends_at > $2::timestamptz - make_interval(days => ${PAST_DAYS})
          AND (b.status = 'confirmed' OR (b.status = 'cancelled' AND b.cancelled_at > $2::timestamptz - make_interval(days => ${CANCELLED_KEPT_DAYS})))
       UNION ALL
       SELECT 'slot', s.id, s.starts_at, s.ends_at,
              CASE WHEN s.booked > 0 THEN 'confirmed' ELSE 'cancelled' END,
              coalesce(max(b.updated_at), s.created_at), coalesce(sum(b.revision), 0)::int + count(b.id)::int,
              coalesce(string_agg(learner.display_name, ', ' ORDER BY b.created_at) FILTER (WHERE b.status = 'confirmed'), ''),
              s.booked, NULL, NULL
         FROM office_hour_slots s
         JOIN bookings b ON b.slot_id = s.id
         JOIN users learner ON learner.id = b.learner_id
        WHERE s.lecturer_id = $1 AND s.ends_at > $2::timestamptz - make_interval(days => ${PAST_DAYS})
        GROUP BY s.id
       HAVING s.booked > 0 OR max(b.cancelled_at) > $2::timestamptz - make_interval(days => ${CANCELLED_KEPT_DAYS})
        ORDER BY starts_at`,
      [userId, now.toISOString()],
    )) as FeedRow[];
  }

  private event(row: FeedRow): IcsEvent {
    const web = this.config.publicUrl;
    if (row.kind === 'booking') {
      const description = [
        row.question ? `Question: ${row.question}` : null,
        row.cancel_message ? `Message: ${row.cancel_message}` : null,
      ]
        .filter((line): line is string => line !== null)
        .join('\n');
      return {
        uid: `booking-${row.id}@klasteris`,
        start: new Date(row.starts_at),
        end: new Date(row.ends_at),
        stamp: new Date(row.stamp),
        sequence: Number(row.sequence),
        summary: `Office hours: ${row.other_name}`,
        description: description || undefined,
        url: `${web}/office-hours/bookings/${row.id}`,
        status: row.status === 'confirmed' ? 'CONFIRMED' : 'CANCELLED',
      };
    }
    return {
      uid: `slot-${row.id}@klasteris`,
      start: new Date(row.starts_at),
      end: new Date(row.ends_at),
      stamp: new Date(row.stamp),
      sequence: Number(row.sequence),
      summary: `Office hours (${row.people} booked)`,
      description: row.other_name ? `Booked: ${row.other_name}` : undefined,
      url: `${web}/office-hours`,
      status: row.status === 'confirmed' ? 'CONFIRMED' : 'CANCELLED',
    };
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
