/**
 * Writes the audit log: one row per moderation action, always inside the
 * action's own transaction, so a change without its entry (or an entry
 * without its change) cannot happen. The table refuses UPDATE and DELETE.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditedAction, ModerationAuditEntry, ReportTargetType } from '@klasteris/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { returnedRow } from '../../programmes/returned-row';
import { AUDIT_SELECT, AuditRow, toAuditEntry } from './audit-entry-view';

export interface AuditRecord {
  action: AuditedAction;
  /** Null when the system acts (automatic slow mode). */
  actorId: string | null;
  roomId: string | null;
  targetType?: ReportTargetType | null;
  targetId?: string | null;
  /** The person acted on: muted, banned, or the author of the item. */
  targetUserId?: string | null;
  durationSeconds?: number | null;
  reason: string;
  detail?: Record<string, number | string> | null;
}

@Injectable()
export class ModerationAudit {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts the entry in the caller's transaction; returns its id. */
  async record(entry: AuditRecord, within: EntityManager): Promise<string> {
    const rows = (await within.query(
      `INSERT INTO moderation_audit
         (action, actor_id, room_id, target_type, target_id, target_user_id, duration_seconds, reason, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       RETURNING id`,
      [
        entry.action,
        entry.actorId,
        entry.roomId,
        entry.targetType ?? null,
        entry.targetId ?? null,
        entry.targetUserId ?? null,
        entry.durationSeconds ?? null,
        entry.reason,
        entry.detail ? JSON.stringify(entry.detail) : null,
      ],
    )) as { id: string }[];
    return returnedRow(rows).id;
  }

  async entry(id: string): Promise<ModerationAuditEntry> {
    const rows = (await this.db.query(`${AUDIT_SELECT} WHERE a.id = $1`, [id])) as AuditRow[];
    return toAuditEntry(returnedRow(rows));
  }
}
