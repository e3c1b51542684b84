/**
 * A reportable item (a message or a question) as moderation needs it: where
 * it lives, who wrote it, and its state. Read with the caller's manager so
 * an action can lock it (`FOR UPDATE`) in its own transaction.
 */
import type { ReportTargetType } from '@klasteris/contracts';
import type { EntityManager } from 'typeorm';

import { QUESTION_AUTHOR_JOINS, QUESTION_COLUMNS, QuestionRow } from '../../consultations/question-row';

export interface ModeratedItem {
  type: ReportTargetType;
  id: string;
  roomId: string;
  roomName: string;
  authorId: string | null;
  seq: number;
  parentId: string | null;
  deleted: boolean;
  hidden: boolean;
  /** Held by the banned-word filter (messages only). */
  held: boolean;
  /** Questions only: visible to peers (not pending). */
  published: boolean;
}

interface ItemRow {
  id: string;
  room_id: string;
  room_name: string;
  author_id: string | null;
  seq: string | number;
  parent_id: string | null;
  deleted: boolean;
  hidden: boolean;
  held: boolean;
  published: boolean;
}

const ITEM_QUERIES: Record<ReportTargetType, string> = {
  message: `SELECT m.id, m.room_id, r.name AS room_name, m.author_id, m.seq, m.parent_id,
                   m.deleted_at IS NOT NULL AS deleted, m.hidden_at IS NOT NULL AS hidden, m.held, true AS published
              FROM messages m JOIN rooms r ON r.id = m.room_id WHERE m.id = $1`,
  // A question counts as deleted once dismissed and hidden by moderation (see ItemActions.delete).
  question: `SELECT q.id, q.room_id, r.name AS room_name, q.author_id, q.seq, NULL::uuid AS parent_id,
                    (q.status = 'dismissed' AND q.hidden_at IS NOT NULL) AS deleted, q.hidden_at IS NOT NULL AS hidden, false AS held, q.published
               FROM questions q JOIN rooms r ON r.id = q.room_id WHERE q.id = $1`,
};

export async function loadItem(
  manager: EntityManager,
  type: ReportTargetType,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ModeratedItem | null> {
  const sql = options.lock
    ? `${ITEM_QUERIES[type]} FOR UPDATE OF ${type === 'message' ? 'm' : 'q'}`
    : ITEM_QUERIES[type];
  const [row] = (await manager.query(sql, [id])) as ItemRow[];
  if (!row) return null;
  return {
    type,
    id: row.id,
    roomId: row.room_id,
    roomName: row.room_name,
    authorId: row.author_id,
    seq: Number(row.seq),
    parentId: row.parent_id,
    deleted: row.deleted,
    hidden: row.hidden,
    held: row.held,
    published: row.published,
  };
}

/** A question with its author, as the consultations' broadcasts and views take it. */
export async function loadQuestionRow(manager: EntityManager, id: string): Promise<QuestionRow | null> {
  const [row] = (await manager.query(
    `SELECT ${QUESTION_COLUMNS}, false AS my_vote FROM questions q ${QUESTION_AUTHOR_JOINS} WHERE q.id = $1`,
    [id],
  )) as QuestionRow[];
  return row ?? null;
}
