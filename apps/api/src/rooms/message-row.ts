/**
 * A message as PostgreSQL returns it with its author joined in, and its
 * mapping to the contract's `message`. Deleted messages keep their place
 * (seq) but not their text.
 */
import { DELETED_USER_DISPLAY_NAME, type Message } from '@klasteris/contracts';

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
  /** Held by the banned-word filter (hidden_at is set too). */
  held?: boolean | null;
  hidden_by?: string | null;
  hidden_by_name?: string | null;
  pinned_at: Date | null;
  reactions?: Record<string, number> | null;
  /** Selected with MESSAGE_DETAILS; absent (0) on a message just stored. */
  reply_count?: number | null;
  mentions?: { id: string; displayName: string }[] | null;
}

/** The columns every message query selects, with `m` the messages alias. */
export const MESSAGE_COLUMNS = `
  m.id, m.room_id, m.seq, m.parent_id, m.author_id, m.body, m.created_at, m.edited_at, m.deleted_at, m.hidden_at,
  m.pinned_at, m.held, m.hidden_by, (SELECT hb.display_name FROM users hb WHERE hb.id = m.hidden_by) AS hidden_by_name,
  u.display_name AS author_name, o.name AS organisation_name`;

/**
 * Whether a person sees a message in lists: everyone sees visible ones,
 * moderators hidden ones too, and authors their own held ones.
 */
export const messageVisibleSql = (userId: string, moderates: string) =>
  `(m.hidden_at IS NULL OR ${moderates}::boolean OR (m.held AND m.author_id = ${userId}))`;

export const MESSAGE_AUTHOR_JOINS = `
  LEFT JOIN users u ON u.id = m.author_id
  LEFT JOIN organisations o ON o.id = u.organisation_id`;

export const MESSAGE_REACTIONS = `
  (SELECT jsonb_object_agg(r.emoji, r.count) FROM (
     SELECT emoji, count(*)::int AS count FROM message_reactions WHERE message_id = m.id GROUP BY emoji
   ) r) AS reactions`;

/** A thread root's visible replies (index messages_parent_idx). */
export const MESSAGE_REPLY_COUNT = `
  (SELECT count(*)::int FROM messages reply
    WHERE reply.parent_id = m.id AND reply.deleted_at IS NULL AND reply.hidden_at IS NULL) AS reply_count`;

export const MESSAGE_MENTIONS = `
  (SELECT jsonb_agg(jsonb_build_object('id', mu.id, 'displayName', mu.display_name) ORDER BY mu.display_name)
     FROM message_mentions mm JOIN users mu ON mu.id = mm.user_id WHERE mm.message_id = m.id) AS mentions`;

/** Everything a stored message carries beyond its own row: what every read selects after MESSAGE_COLUMNS. */
export const MESSAGE_DETAILS = `${MESSAGE_REACTIONS}, ${MESSAGE_REPLY_COUNT}, ${MESSAGE_MENTIONS}`;

export const DELETED_USER_NAME = DELETED_USER_DISPLAY_NAME;

/**
 * Who the message is mapped for: moderators learn who hid it, nobody else
 * does. Broadcasts of hidden messages go to moderators only (MessageBroadcast),
 * so they may use the moderator view.
 */
export type MessageView = 'member' | 'moderator';

export function toMessage(row: MessageRow, view: MessageView = 'member'): Message {
  const deleted = row.deleted_at !== null;
  const hidden = row.hidden_at !== null;
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
    hidden,
    held: hidden && row.held === true,
    hiddenBy:
      view === 'moderator' && hidden && row.hidden_by
        ? { id: row.hidden_by, displayName: row.hidden_by_name ?? DELETED_USER_NAME }
        : null,
    reactions: row.reactions ?? {},
    pinned: row.pinned_at !== null && row.pinned_at !== undefined,
    replyCount: row.reply_count ?? 0,
    mentions: deleted ? [] : (row.mentions ?? []),
  };
}
