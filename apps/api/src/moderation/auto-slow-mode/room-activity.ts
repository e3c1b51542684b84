/**
 * The figures automatic slow mode decides on, read from PostgreSQL so every
 * node sees the same: messages per room through messages_room_created_idx,
 * reports through reports_room_recent_idx, the last switch through
 * moderation_audit_room_idx. `at` defaults to the database's
 * clock (the one that stamped the rows); tests pass a later time instead of
 * waiting.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AutoSlowModeSettings } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import type { RoomActivity } from './slow-mode-rules';

const SETTINGS = `s.auto_slow_mode_enabled AS enabled, s.messages_per_minute AS "messagesPerMinute",
  s.reports_per_ten_minutes AS "reportsPerTenMinutes", s.slow_mode_seconds AS "settingsSlowModeSeconds",
  s.calm_minutes AS "calmMinutes"`;

const MESSAGES_SINCE = (since: string) =>
  `(SELECT count(*) FROM messages m WHERE m.room_id = r.id AND m.created_at > ${since})::int`;
const OPEN_REPORTS_SINCE = (since: string) =>
  `(SELECT count(*) FROM reports p WHERE p.room_id = r.id AND p.status = 'open' AND p.created_at > ${since})::int`;

type ActivityRow = RoomActivity & Omit<AutoSlowModeSettings, 'slowModeSeconds'> & { settingsSlowModeSeconds: number };

@Injectable()
export class RoomActivityReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The room's figures and the settings in one round trip; null for a room that does not exist. */
  async read(roomId: string, at?: Date): Promise<{ settings: AutoSlowModeSettings; activity: RoomActivity } | null> {
    // The calm-window figures are only needed, so only counted, while the system has slow mode on.
    const [row] = (await this.db.query(
      `WITH t AS (SELECT coalesce($2::timestamptz, now()) AS at)
       SELECT ${SETTINGS}, r.slow_mode_seconds AS "slowModeSeconds", r.slow_mode_automatic AS "slowModeAutomatic",
              ${MESSAGES_SINCE(`t.at - interval '1 minute'`)} AS "messagesLastMinute",
              ${OPEN_REPORTS_SINCE(`t.at - interval '10 minutes'`)} AS "reportsLastTenMinutes",
              CASE WHEN r.slow_mode_automatic
                   THEN ${MESSAGES_SINCE(`t.at - make_interval(mins => s.calm_minutes)`)} ELSE 0 END AS "messagesCalmWindow",
              CASE WHEN r.slow_mode_automatic
                   THEN ${OPEN_REPORTS_SINCE(`t.at - make_interval(mins => 10 + s.calm_minutes)`)} ELSE 0 END AS "reportsCalmWindow",
              extract(epoch FROM t.at - last_switch.created_at)::float8 / 60 AS "minutesSinceSwitch",
              (last_switch.actor_id IS NOT NULL) AS "lastSwitchByModerator"
         FROM rooms r CROSS JOIN moderation_settings s CROSS JOIN t
         LEFT JOIN LATERAL (
           SELECT a.created_at, a.actor_id FROM moderation_audit a
            WHERE a.room_id = r.id AND a.action = 'slow_mode'
            ORDER BY a.created_at DESC LIMIT 1) last_switch ON true
        WHERE r.id = $1`,
      [roomId, at?.toISOString() ?? null],
    )) as ActivityRow[];
    if (!row) return null;
    const { enabled, messagesPerMinute, reportsPerTenMinutes, settingsSlowModeSeconds, calmMinutes, ...activity } = row;
    return {
      settings: {
        enabled,
        messagesPerMinute,
        reportsPerTenMinutes,
        slowModeSeconds: settingsSlowModeSeconds,
        calmMinutes,
      },
      activity,
    };
  }

  /**
   * Rooms the periodic sweep looks at: those where the system has slow mode
   * on (to switch it off), and, as a safety net for spikes the per-message
   * trigger missed, those past a threshold now. Only rooms with at least
   * the threshold's number of messages ever are counted, at most up to the
   * threshold each, so the sweep stays cheap with many rooms.
   */
  async roomsToCheck(at?: Date): Promise<string[]> {
    const rows = (await this.db.query(
      `WITH t AS (SELECT coalesce($1::timestamptz, now()) AS at)
       SELECT r.id FROM rooms r WHERE r.slow_mode_automatic AND r.slow_mode_seconds > 0
       UNION
       SELECT p.room_id FROM reports p CROSS JOIN moderation_settings s CROSS JOIN t
        WHERE s.auto_slow_mode_enabled AND p.status = 'open' AND p.created_at > t.at - interval '10 minutes'
        GROUP BY p.room_id, s.reports_per_ten_minutes
       HAVING count(*) >= s.reports_per_ten_minutes
       UNION
       SELECT r.id FROM rooms r CROSS JOIN moderation_settings s CROSS JOIN t
        WHERE s.auto_slow_mode_enabled AND r.slow_mode_seconds = 0 AND r.last_seq >= s.messages_per_minute
          AND (SELECT count(*) FROM (
                 SELECT 1 FROM messages m WHERE m.room_id = r.id AND m.created_at > t.at - interval '1 minute'
                  LIMIT s.messages_per_minute) recent) >= s.messages_per_minute`,
      [at?.toISOString() ?? null],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }
}
