/** An audit row with its people and room joined in, and its mapping to the contract. */
import type { AuditedAction, ModerationAuditEntry, ReportTargetType } from '@klasteris/contracts';

import { DELETED_USER_NAME } from '../../rooms/message-row';

export interface AuditRow {
  id: string;
  action: AuditedAction;
  actor_id: string | null;
  actor_name: string | null;
  room_id: string | null;
  room_name: string | null;
  target_type: ReportTargetType | null;
  target_id: string | null;
  target_user_id: string | null;
  target_user_name: string | null;
  duration_seconds: number | null;
  reason: string;
  detail: Record<string, number | string> | null;
  created_at: Date;
  /** The created_at as PostgreSQL prints it, exact to the microsecond, for cursors. */
  created_at_key: string;
}

export const AUDIT_SELECT = `
  SELECT a.id, a.action, a.actor_id, au.display_name AS actor_name, a.room_id, r.name AS room_name,
         a.target_type, a.target_id, a.target_user_id, tu.display_name AS target_user_name,
         a.duration_seconds, a.reason, a.detail, a.created_at, a.created_at::text AS created_at_key
    FROM moderation_audit a
    LEFT JOIN users au ON au.id = a.actor_id
    LEFT JOIN users tu ON tu.id = a.target_user_id
    LEFT JOIN rooms r ON r.id = a.room_id`;

const person = (id: string | null, name: string | null) => (id ? { id, displayName: name ?? DELETED_USER_NAME } : null);

export function toAuditEntry(row: AuditRow): ModerationAuditEntry {
  return {
    id: row.id,
    action: row.action,
    actor: person(row.actor_id, row.actor_name),
    roomId: row.room_id,
    roomName: row.room_name,
    targetType: row.target_type,
    targetId: row.target_id,
    targetUser: person(row.target_user_id, row.target_user_name),
    durationSeconds: row.duration_seconds,
    reason: row.reason,
    detail: row.detail,
    createdAt: row.created_at.toISOString(),
  };
}
