/**
 * A message as PostgreSQL returns it with its author joined in, and its
 * mapping to the contract's `message`. Deleted messages keep their place
 * (seq) but not their text.
 */
import type { Message } from '@klasteris/contracts';

export interface MessageRow {
  id: string;
  room_id: string;
  seq: string | number;
  parent_id: string | null;
  author_id: string | null;
  author_name: string | null;
  organisation_name: string | null;
  body: string;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  hidden_at: Date | null;
  reactions?: Record<string, number> | null;
}

/** The columns every message query selects, with `m` the messages alias. */
export const MESSAGE_COLUMNS = `
  m.id, m.room_id, m.seq, m.parent_id, m.author_id, m.body, m.created_at, m.edited_at, m.deleted_at, m.hidden_at,
  u.display_name AS author_name, o.name AS organisation_name`;

export const MESSAGE_AUTHOR_JOINS = `
  LEFT JOIN users u ON u.id = m.author_id
  LEFT JOIN organisations o ON o.id = u.organisation_id`;

export const MESSAGE_REACTIONS = `
  (SELECT jsonb_object_agg(r.emoji, r.count) FROM (
     SELECT emoji, count(*)::int AS count FROM message_reactions WHERE message_id = m.id GROUP BY emoji
   ) r) AS reactions`;

export const DELETED_USER_NAME = 'deleted user';

export function toMessage(row: MessageRow): Message {
  const deleted = row.deleted_at !== null;
  return {
    id: row.id,
    roomId: row.room_id,
    seq: Number(row.seq),
    parentId: row.parent_id,
    author: {
      id: row.author_id ?? '',
      displayName: row.author_name ?? DELETED_USER_NAME,
      organisationName: row.organisation_name,
    },
    body: deleted ? '' : row.body,
    createdAt: row.created_at.toISOString(),
    editedAt: row.edited_at ? row.edited_at.toISOString() : null,
    deleted,
    hidden: row.hidden_at !== null,
    reactions: row.reactions ?? {},
  };
}
