/**
 * The moderators' queue: reports grouped by the item they are about, the
 * item first reported first, each with the item as a moderator sees it
 * (hidden ones included, marked), its author, the messages around it and
 * where it lives in the client.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  Message,
  Page,
  Question,
  ReportedItem,
  ReportEntry,
  ReportStatus,
  ReportTargetType,
} from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import type { AuthenticatedUser } from '../../accounts/authenticated-user';
import { QuestionRow, STAFF_VIEWER, toQuestion } from '../../consultations/question-row';
import { DELETED_USER_NAME } from '../../rooms/message-row';
import { MessagesService } from '../../rooms/messages.service';
import type { ListReportsQuery } from '../dto/list-reports.query';
import { loadQuestionRow } from '../items/moderated-item';
import { ModerationNotices } from '../moderation-notices';
import { decodeSortKeyCursor, encodeSortKeyCursor } from '../sort-key-cursor';

/** Messages shown on each side of a reported message. */
const CONTEXT_EACH_SIDE = 3;
const DEFAULT_LIMIT = 20;

interface GroupRow {
  target_type: ReportTargetType;
  target_id: string;
  room_id: string;
  room_name: string;
  first_reported_at: Date;
  first_key: string;
  reports: { id: string; reporterId: string | null; reporterName: string | null; reason: string; createdAt: string }[];
}

@Injectable()
export class ModerationQueueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly messages: MessagesService,
    private readonly notices: ModerationNotices,
  ) {}

  async list(moderator: AuthenticatedUser, query: ListReportsQuery): Promise<Page<ReportedItem>> {
    const status: ReportStatus = query.status ?? 'open';
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = query.cursor ? decodeSortKeyCursor(query.cursor) : null;
    const rows = (await this.db.query(
      `SELECT rp.target_type, rp.target_id, rp.room_id, r.name AS room_name,
              min(rp.created_at) AS first_reported_at, min(rp.created_at)::text AS first_key,
              jsonb_agg(jsonb_build_object('id', rp.id, 'reporterId', rp.reporter_id, 'reporterName', u.display_name,
                                           'reason', rp.reason, 'createdAt', rp.created_at)
                        ORDER BY rp.created_at, rp.id) AS reports
         FROM reports rp
         JOIN rooms r ON r.id = rp.room_id
         LEFT JOIN users u ON u.id = rp.reporter_id
        WHERE rp.status = $1
        GROUP BY rp.target_type, rp.target_id, rp.room_id, r.name
       HAVING $2::timestamptz IS NULL OR (min(rp.created_at), rp.target_id) > ($2::timestamptz, $3::uuid)
        ORDER BY min(rp.created_at), rp.target_id
        LIMIT $4`,
      [status, after?.at ?? null, after?.id ?? null, limit + 1],
    )) as GroupRow[];
    const page = rows.slice(0, limit);
    const items = await Promise.all(page.map((row) => this.reportedItem(moderator, row, status)));
    const last = page.at(-1);
    return {
      items,
      nextCursor: rows.length > limit && last ? encodeSortKeyCursor({ at: last.first_key, id: last.target_id }) : null,
    };
  }

  private async reportedItem(moderator: AuthenticatedUser, row: GroupRow, status: ReportStatus): Promise<ReportedItem> {
    let message: Message | null = null;
    let question: Question | null = null;
    let context: Message[] = [];
    let author: ReportedItem['author'] = null;
    if (row.target_type === 'message') {
      message = await this.messages.get(row.target_id, 'moderator');
      context = await this.around(moderator, message);
      author = message.author.id ? { id: message.author.id, displayName: message.author.displayName } : null;
    } else {
      const found = await this.question(row.target_id);
      question = found ? toQuestion(found, STAFF_VIEWER) : null;
      author = found?.author_id ? { id: found.author_id, displayName: found.author_name ?? DELETED_USER_NAME } : null;
    }
    return {
      targetType: row.target_type,
      targetId: row.target_id,
      roomId: row.room_id,
      roomName: row.room_name,
      link: await this.notices.itemLink(row.room_id, message?.seq ?? null),
      status,
      message,
      question,
      author,
      context,
      reports: row.reports.map(toReportEntry),
      firstReportedAt: row.first_reported_at.toISOString(),
    };
  }

  /** Up to 3 messages before and 3 after, the item itself included, oldest first, as the moderator sees them. */
  private async around(moderator: AuthenticatedUser, message: Message): Promise<Message[]> {
    const [before, from] = await Promise.all([
      this.messages.before(moderator, message.roomId, message.seq, CONTEXT_EACH_SIDE),
      this.messages.after(moderator, message.roomId, message.seq - 1, CONTEXT_EACH_SIDE + 1),
    ]);
    return [...before, ...from];
  }

  private question(id: string): Promise<QuestionRow | null> {
    return loadQuestionRow(this.db.manager, id);
  }
}

function toReportEntry(entry: GroupRow['reports'][number]): ReportEntry {
  return {
    id: entry.id,
    reporter: entry.reporterId ? { id: entry.reporterId, displayName: entry.reporterName ?? DELETED_USER_NAME } : null,
    reason: entry.reason,
    createdAt: new Date(entry.createdAt).toISOString(),
  };
}
