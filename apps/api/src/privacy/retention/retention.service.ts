/**
 * How long hidden and deleted content keeps its text, and the purge that
 * enforces it. A purged message or question keeps its row (seq, thread,
 * votes) with an empty body; a message also loses its reactions and
 * mentions, a question its answer.
 *
 * Safe to run anywhere, any number of times: rows are purged once
 * (`purged_at`), and a transaction-level advisory lock lets one purge run at
 * a time, so the recorded figures are those of a run that did the work.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RetentionSettings } from '@klasteris/contracts';
import { DataSource, EntityManager } from 'typeorm';

/** pg_advisory_xact_lock key of "a retention purge is running". */
const PURGE_LOCK = 741_852_966;

export const RETENTION_DAYS_MIN = 1;
export const RETENTION_DAYS_MAX = 3650;

interface SettingsRow {
  retention_days: number;
  last_run_at: Date | null;
  last_messages_purged: number | null;
  last_questions_purged: number | null;
}

export interface PurgeOutcome {
  /** False when another purge held the lock and this one did nothing. */
  ran: boolean;
  messagesPurged: number;
  questionsPurged: number;
}

@Injectable()
export class RetentionService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async settings(): Promise<RetentionSettings> {
    return toSettings(await this.row(this.db.manager));
  }

  async setDays(days: number): Promise<RetentionSettings> {
    await this.db.query(`UPDATE privacy_settings SET retention_days = $1, updated_at = now()`, [days]);
    return this.settings();
  }

  /** Clears the text of what was hidden or deleted longer than the retention period ago. */
  async purgeExpired(): Promise<PurgeOutcome> {
    return this.db.transaction(async (manager) => {
      const [{ locked }] = (await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [PURGE_LOCK])) as [
        { locked: boolean },
      ];
      if (!locked) return { ran: false, messagesPurged: 0, questionsPurged: 0 };
      const { retention_days: days } = await this.row(manager);
      const messagesPurged = await purgeMessages(manager, days);
      const questionsPurged = await purgeQuestions(manager, days);
      await manager.query(
        `UPDATE privacy_settings SET last_run_at = now(), last_messages_purged = $1, last_questions_purged = $2`,
        [messagesPurged, questionsPurged],
      );
      return { ran: true, messagesPurged, questionsPurged };
    });
  }

  private async row(manager: EntityManager): Promise<SettingsRow> {
    const [row] = (await manager.query(
      `SELECT retention_days, last_run_at, last_messages_purged, last_questions_purged FROM privacy_settings`,
    )) as SettingsRow[];
    if (!row) throw new Error('privacy_settings has no row; did the CreatePrivacy migration run?');
    return row;
  }
}

async function purgeMessages(manager: EntityManager, days: number): Promise<number> {
  const [{ purged }] = (await manager.query(
    `WITH purged AS (
       UPDATE messages SET body = '', purged_at = now()
        WHERE purged_at IS NULL AND least(deleted_at, hidden_at) < now() - make_interval(days => $1)
       RETURNING id
     ), reactions AS (
       DELETE FROM message_reactions r USING purged p WHERE r.message_id = p.id
     ), mentions AS (
       DELETE FROM message_mentions mm USING purged p WHERE mm.message_id = p.id
     )
     SELECT count(*)::int AS purged FROM purged`,
    [days],
  )) as [{ purged: number }];
  return purged;
}

async function purgeQuestions(manager: EntityManager, days: number): Promise<number> {
  const [{ purged }] = (await manager.query(
    `WITH purged AS (
       UPDATE questions SET body = '', answer = NULL, purged_at = now(), version = version + 1, updated_at = now()
        WHERE purged_at IS NULL AND hidden_at < now() - make_interval(days => $1)
       RETURNING id
     )
     SELECT count(*)::int AS purged FROM purged`,
    [days],
  )) as [{ purged: number }];
  return purged;
}

function toSettings(row: SettingsRow): RetentionSettings {
  return {
    days: row.retention_days,
    lastRun:
      row.last_run_at === null
        ? null
        : {
            at: row.last_run_at.toISOString(),
            messagesPurged: row.last_messages_purged ?? 0,
            questionsPurged: row.last_questions_purged ?? 0,
          },
  };
}
