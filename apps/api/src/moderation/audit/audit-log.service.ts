/** Reads the audit log for moderators: newest first, filtered, paged by cursor. Nothing here writes. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModerationAuditPage } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import type { ListAuditQuery } from '../dto/list-audit.query';
import { decodeSortKeyCursor, encodeSortKeyCursor } from '../sort-key-cursor';
import { AUDIT_SELECT, AuditRow, toAuditEntry } from './audit-entry-view';

const DEFAULT_LIMIT = 50;

@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(query: ListAuditQuery): Promise<ModerationAuditPage> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = query.cursor ? decodeSortKeyCursor(query.cursor) : null;
    const rows = (await this.db.query(
      `${AUDIT_SELECT}
        WHERE ($1::text IS NULL OR a.action = $1)
          AND ($2::uuid IS NULL OR a.room_id = $2)
          AND ($3::uuid IS NULL OR a.actor_id = $3)
          AND ($4::uuid IS NULL OR a.target_user_id = $4)
          AND ($5::timestamptz IS NULL OR a.created_at >= $5)
          AND ($6::timestamptz IS NULL OR a.created_at < $6)
          AND ($7::timestamptz IS NULL OR (a.created_at, a.id) < ($7::timestamptz, $8::uuid))
        ORDER BY a.created_at DESC, a.id DESC
        LIMIT $9`,
      [
        query.action ?? null,
        query.roomId ?? null,
        query.actorId ?? null,
        query.userId ?? null,
        query.from ?? null,
        query.to ?? null,
        after?.at ?? null,
        after?.id ?? null,
        limit + 1,
      ],
    )) as AuditRow[];
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toAuditEntry),
      nextCursor: rows.length > limit && last ? encodeSortKeyCursor({ at: last.created_at_key, id: last.id }) : null,
    };
  }
}
