/**
 * Messages: store with a gap-free per-room seq, page, edit, delete, react,
 * read cursors. Knows nothing of sockets or HTTP; the gateway and the
 * controller call it and publish what it returns.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Message } from '@klasteris/contracts';
import { DataSource, QueryFailedError } from 'typeorm';

import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { validationFailed } from '../platform/http/validation';
import {
  MESSAGE_AUTHOR_JOINS,
  MESSAGE_COLUMNS,
  MESSAGE_DETAILS,
  MessageRow,
  MessageView,
  messageVisibleSql,
  toMessage,
} from './message-row';
import { RoomRestrictions } from './room-restrictions';
import { canModerate } from './rooms.service';
import {
  bannedFromRoom,
  messageDeleted,
  messageHiddenCannotPin,
  messageNotFound,
  mutedInRoom,
  notARoomMember,
  notTheAuthor,
  roomLocked,
  roomNotFound,
  sendingTooFast,
  slowModeWait,
} from './rooms.errors';

export interface SendMessageInput {
  roomId: string;
  body: string;
  clientMsgId: string;
  parentId?: string;
  /** People to @mention; only members of the room count, others are dropped without a word. */
  mentions?: string[];
  /** The banned-word filter holds it: stored hidden, seen by its author and moderators only. */
  held?: boolean;
}

export interface SentMessage {
  message: Message;
  /** True when this clientMsgId was already stored: nothing new to broadcast. */
  duplicate: boolean;
}

export interface MessagePage {
  items: Message[];
  nextCursor: string | null;
}

/** Joins and a resync return at most this many messages; the client pages the rest over REST. */
export const RESYNC_LIMIT = 500;
export const LATEST_ON_JOIN = 50;
const PINS_LIMIT = 100;

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class MessagesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly restrictions: RoomRestrictions,
  ) {}

  /**
   * One statement in the usual case: check membership, lock, ban, mute and
   * slow mode, bump the room's seq and insert, all in one implicit
   * transaction, so seqs have no gaps even with senders on several nodes
   * (the room row lock orders them). Ban and mute are primary-key probes;
   * the slow-mode look-up runs only while slow mode is on. Why a send was
   * refused is worked out afterwards, off the usual path.
   */
  async send(user: AuthenticatedUser, input: SendMessageInput): Promise<SentMessage> {
    const parentId = input.parentId ? await this.threadRootOf(input.parentId, input.roomId) : null;
    let rows: MessageRow[];
    try {
      rows = (await this.db.query(
        `WITH room AS (
           SELECT r.id FROM rooms r
            WHERE r.id = $1 AND NOT r.locked
              AND EXISTS (SELECT 1 FROM room_members rm WHERE rm.room_id = r.id AND rm.user_id = $2)
              AND NOT EXISTS (SELECT 1 FROM room_bans rb WHERE rb.room_id = r.id AND rb.user_id = $2 AND (rb.until IS NULL OR rb.until > now()))
              AND NOT EXISTS (SELECT 1 FROM room_mutes mu WHERE mu.room_id = r.id AND mu.user_id = $2 AND mu.until > now())
              AND CASE WHEN r.slow_mode_seconds = 0 OR $8::boolean THEN true ELSE NOT EXISTS (
                    SELECT 1 FROM messages pm
                     WHERE pm.room_id = r.id AND pm.author_id = $2
                       AND pm.created_at > now() - make_interval(secs => r.slow_mode_seconds)) END
         ), next AS (
           UPDATE rooms SET last_seq = last_seq + 1 WHERE id = (SELECT id FROM room) RETURNING id, last_seq
         ), m AS (
           INSERT INTO messages (room_id, seq, author_id, parent_id, client_msg_id, body, hidden_at, held)
           SELECT next.id, next.last_seq, $2, $3, $4, $5, CASE WHEN $7::boolean THEN now() END, $7::boolean FROM next
           RETURNING *
         ), mentioned AS (
           INSERT INTO message_mentions (message_id, user_id)
           SELECT DISTINCT m.id, wanted.user_id FROM m CROSS JOIN unnest($6::uuid[]) AS wanted(user_id)
            WHERE EXISTS (SELECT 1 FROM room_members rm WHERE rm.room_id = m.room_id AND rm.user_id = wanted.user_id)
           RETURNING user_id
         )
         SELECT ${MESSAGE_COLUMNS},
                (SELECT jsonb_agg(jsonb_build_object('id', mu.id, 'displayName', mu.display_name) ORDER BY mu.display_name)
                   FROM mentioned JOIN users mu ON mu.id = mentioned.user_id) AS mentions
           FROM m ${MESSAGE_AUTHOR_JOINS}`,
        [
          input.roomId,
          user.id,
          parentId,
          input.clientMsgId,
          input.body,
          input.mentions ?? [],
          input.held === true,
          canModerate(user),
        ],
      )) as MessageRow[];
    } catch (error) {
      if (isUniqueViolation(error))
        return { message: await this.byClientMsgId(user.id, input.clientMsgId), duplicate: true };
      throw error;
    }
    if (rows[0]) return { message: toMessage(rows[0]), duplicate: false };
    // A resend of a stored message is refused by slow mode before the unique key sees it: still the same message.
    const stored = await this.findByClientMsgId(user.id, input.clientMsgId);
    if (stored) return { message: stored, duplicate: true };
    throw await this.whySendRefused(user.id, input.roomId);
  }

  /** Messages after a seq, oldest first: what a reconnecting client missed. */
  async after(user: AuthenticatedUser, roomId: string, afterSeq: number, limit = RESYNC_LIMIT): Promise<Message[]> {
    const rows = (await this.db.query(
      `SELECT ${MESSAGE_COLUMNS}, ${MESSAGE_DETAILS}
         FROM messages m ${MESSAGE_AUTHOR_JOINS}
        WHERE m.room_id = $1 AND m.seq > $2 AND ${messageVisibleSql('$5', '$4')}
        ORDER BY m.seq LIMIT $3`,
      [roomId, afterSeq, limit, canModerate(user), user.id],
    )) as MessageRow[];
    return rows.map((row) => toMessage(row, viewOf(user)));
  }

  /** The newest messages before a seq (or the newest of all), returned oldest first. */
  async before(
    user: AuthenticatedUser,
    roomId: string,
    beforeSeq: number | null,
    limit = LATEST_ON_JOIN,
  ): Promise<Message[]> {
    const rows = (await this.db.query(
      `SELECT * FROM (
         SELECT ${MESSAGE_COLUMNS}, ${MESSAGE_DETAILS}
           FROM messages m ${MESSAGE_AUTHOR_JOINS}
          WHERE m.room_id = $1 AND ($2::bigint IS NULL OR m.seq < $2) AND ${messageVisibleSql('$5', '$4')}
          ORDER BY m.seq DESC LIMIT $3
       ) newest ORDER BY seq`,
      [roomId, beforeSeq, limit, canModerate(user), user.id],
    )) as MessageRow[];
    return rows.map((row) => toMessage(row, viewOf(user)));
  }

  /** REST history: `afterSeq` pages forward, `beforeSeq` (or neither) pages back from the newest. */
  async page(
    user: AuthenticatedUser,
    roomId: string,
    query: { afterSeq?: number; beforeSeq?: number; aroundSeq?: number; limit: number },
  ): Promise<MessagePage> {
    if (query.aroundSeq !== undefined)
      return { items: await this.around(user, roomId, query.aroundSeq, query.limit), nextCursor: null };
    if (query.afterSeq !== undefined) {
      const items = await this.after(user, roomId, query.afterSeq, query.limit + 1);
      const more = items.length > query.limit;
      const page = items.slice(0, query.limit);
      return { items: page, nextCursor: more ? String(page.at(-1)?.seq) : null };
    }
    const items = await this.before(user, roomId, query.beforeSeq ?? null, query.limit + 1);
    const more = items.length > query.limit;
    const page = more ? items.slice(1) : items;
    return { items: page, nextCursor: more ? String(page.at(0)?.seq) : null };
  }

  /**
   * The messages around a seq, oldest first: the seq itself, up to half the
   * limit before it and the rest after ("jump to a message in context").
   * The client pages on from either end with beforeSeq / afterSeq.
   */
  async around(user: AuthenticatedUser, roomId: string, seq: number, limit: number): Promise<Message[]> {
    const before = Math.floor((limit - 1) / 2);
    const [earlier, later] = await Promise.all([
      before > 0 ? this.before(user, roomId, seq, before) : Promise.resolve([]),
      this.after(user, roomId, seq - 1, limit - before),
    ]);
    return [...earlier, ...later];
  }

  /** A thread's replies, oldest first, paged forward by seq. The root must be a message of the room. */
  async replies(
    user: AuthenticatedUser,
    roomId: string,
    rootId: string,
    query: { afterSeq?: number; limit: number },
  ): Promise<MessagePage> {
    const [root] = (await this.db.query(
      `SELECT 1 FROM messages m WHERE m.id = $1 AND m.room_id = $2 AND ${messageVisibleSql('$4', '$3')}`,
      [rootId, roomId, canModerate(user), user.id],
    )) as unknown[];
    if (!root) throw messageNotFound();
    const rows = (await this.db.query(
      `SELECT ${MESSAGE_COLUMNS}, ${MESSAGE_DETAILS}
         FROM messages m ${MESSAGE_AUTHOR_JOINS}
        WHERE m.parent_id = $1 AND m.seq > $2 AND ${messageVisibleSql('$5', '$4')}
        ORDER BY m.seq LIMIT $3`,
      [rootId, query.afterSeq ?? 0, query.limit + 1, canModerate(user), user.id],
    )) as MessageRow[];
    const items = rows.slice(0, query.limit).map((row) => toMessage(row, viewOf(user)));
    return { items, nextCursor: rows.length > query.limit ? String(items.at(-1)?.seq) : null };
  }

  /** The room's pinned messages, newest pin first (deleted ones drop out). */
  async pins(user: AuthenticatedUser, roomId: string, limit = PINS_LIMIT): Promise<MessagePage> {
    const rows = (await this.db.query(
      `SELECT ${MESSAGE_COLUMNS}, ${MESSAGE_DETAILS}
         FROM messages m ${MESSAGE_AUTHOR_JOINS}
        WHERE m.room_id = $1 AND m.pinned_at IS NOT NULL AND m.deleted_at IS NULL AND (m.hidden_at IS NULL OR $3)
        ORDER BY m.pinned_at DESC, m.seq DESC LIMIT $2`,
      [roomId, limit, canModerate(user)],
    )) as MessageRow[];
    return { items: rows.map((row) => toMessage(row, viewOf(user))), nextCursor: null };
  }

  /** Pins or unpins; who may is the caller's decision (see groups/channel-pins.service.ts). */
  async setPinned(user: AuthenticatedUser, messageId: string, pinned: boolean): Promise<Message> {
    const current = await this.load(messageId);
    if (current.deleted_at) throw messageDeleted();
    // A pin change is announced to the whole room; a hidden message must not be.
    if (current.hidden_at) throw messageHiddenCannotPin();
    await this.db.query(
      `UPDATE messages SET pinned_at = CASE WHEN $2 THEN coalesce(pinned_at, now()) END,
                           pinned_by = CASE WHEN $2 THEN coalesce(pinned_by, $3) END
        WHERE id = $1`,
      [messageId, pinned, user.id],
    );
    return this.get(messageId);
  }

  /**
   * Authors edit their own messages while they may speak in the room (not
   * muted or banned). `held`: the banned-word filter holds the new text, so
   * the message is hidden for review (it stays held until a moderator acts).
   */
  async edit(user: AuthenticatedUser, messageId: string, body: string, held = false): Promise<Message> {
    const current = await this.load(messageId);
    if (current.author_id !== user.id) throw notTheAuthor();
    if (current.deleted_at) throw messageDeleted();
    if (!this.visibleTo(user, current)) throw messageNotFound();
    await this.assertStillMember(user, current.room_id);
    await this.restrictions.assertMaySpeak(user.id, current.room_id);
    await this.db.query(
      `UPDATE messages
          SET body = $2, edited_at = now(),
              hidden_at = CASE WHEN $3 THEN coalesce(hidden_at, now()) ELSE hidden_at END,
              held = CASE WHEN $3 THEN hidden_by IS NULL OR held ELSE held END
        WHERE id = $1`,
      [messageId, body, held],
    );
    return this.get(messageId);
  }

  /** Authors delete their own messages; moderators and admins anyone's. The seq stays, the text goes. */
  async delete(user: AuthenticatedUser, messageId: string): Promise<Message> {
    const current = await this.load(messageId);
    if (!this.visibleTo(user, current)) throw messageNotFound();
    if (current.author_id !== user.id && !canModerate(user)) throw notTheAuthor();
    if (!canModerate(user)) await this.assertStillMember(user, current.room_id);
    await this.db.query(`UPDATE messages SET deleted_at = coalesce(deleted_at, now()) WHERE id = $1`, [messageId]);
    return this.get(messageId, viewOf(user));
  }

  /** Adds the person's reaction, or takes it back if it was there. */
  async toggleReaction(user: AuthenticatedUser, messageId: string, emoji: string): Promise<Message> {
    const current = await this.load(messageId);
    if (!this.visibleTo(user, current)) throw messageNotFound();
    await this.assertStillMember(user, current.room_id);
    if (current.deleted_at) throw messageDeleted();
    // One statement: take the reaction back if it is there, add it otherwise.
    await this.db.query(
      `WITH removed AS (
         DELETE FROM message_reactions WHERE message_id = $1 AND user_id = $2 AND emoji = $3 RETURNING 1
       )
       INSERT INTO message_reactions (message_id, user_id, emoji)
       SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM removed)
       ON CONFLICT DO NOTHING`,
      [messageId, user.id, emoji],
    );
    return this.get(messageId, viewOf(user));
  }

  /** Moves the read cursor forward (never back, never past the newest) and returns what is still unread. */
  async markRead(user: AuthenticatedUser, roomId: string, seq: number): Promise<number> {
    const updated = (await this.db.query(
      `UPDATE room_members rm SET last_read_seq = greatest(rm.last_read_seq, least($3::bigint, r.last_seq))
         FROM rooms r
        WHERE rm.room_id = $1 AND rm.user_id = $2 AND r.id = rm.room_id
        RETURNING rm.last_read_seq`,
      [roomId, user.id, seq],
    )) as [{ last_read_seq: string }[], number];
    const row = updated[0][0];
    if (!row) throw notARoomMember();
    return this.unreadAfter(user.id, roomId, Number(row.last_read_seq));
  }

  async unread(userId: string, roomId: string): Promise<number> {
    const [row] = (await this.db.query(`SELECT last_read_seq FROM room_members WHERE room_id = $1 AND user_id = $2`, [
      roomId,
      userId,
    ])) as { last_read_seq: string }[];
    return row ? this.unreadAfter(userId, roomId, Number(row.last_read_seq)) : 0;
  }

  private async unreadAfter(userId: string, roomId: string, lastReadSeq: number): Promise<number> {
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS unread FROM messages
        WHERE room_id = $1 AND seq > $2 AND author_id IS DISTINCT FROM $3 AND deleted_at IS NULL AND hidden_at IS NULL`,
      [roomId, lastReadSeq, userId],
    )) as { unread: number }[];
    return row?.unread ?? 0;
  }

  /** One message, whoever may see it: callers check access, and broadcast it through MessageBroadcast. */
  async get(messageId: string, view: MessageView = 'member'): Promise<Message> {
    const [row] = (await this.db.query(
      `SELECT ${MESSAGE_COLUMNS}, ${MESSAGE_DETAILS} FROM messages m ${MESSAGE_AUTHOR_JOINS} WHERE m.id = $1`,
      [messageId],
    )) as MessageRow[];
    if (!row) throw messageNotFound();
    return toMessage(row, view);
  }

  async load(messageId: string): Promise<StoredMessageState> {
    const [row] = (await this.db.query(
      `SELECT room_id, author_id, deleted_at, hidden_at, held FROM messages WHERE id = $1`,
      [messageId],
    )) as StoredMessageState[];
    if (!row) throw messageNotFound();
    return row;
  }

  /** A hidden message exists only for moderators, and for its author while the filter holds it. */
  private visibleTo(user: AuthenticatedUser, message: StoredMessageState): boolean {
    return message.hidden_at === null || canModerate(user) || (message.held && message.author_id === user.id);
  }

  private async assertStillMember(user: AuthenticatedUser, roomId: string): Promise<void> {
    const [row] = (await this.db.query(`SELECT 1 FROM room_members WHERE room_id = $1 AND user_id = $2`, [
      roomId,
      user.id,
    ])) as unknown[];
    if (!row && !canModerate(user)) throw notARoomMember();
  }

  private async byClientMsgId(authorId: string, clientMsgId: string): Promise<Message> {
    const message = await this.findByClientMsgId(authorId, clientMsgId);
    if (!message) throw messageNotFound();
    return message;
  }

  private async findByClientMsgId(authorId: string, clientMsgId: string): Promise<Message | null> {
    const [row] = (await this.db.query(
      `SELECT ${MESSAGE_COLUMNS}, ${MESSAGE_DETAILS} FROM messages m ${MESSAGE_AUTHOR_JOINS}
        WHERE m.author_id = $1 AND m.client_msg_id = $2`,
      [authorId, clientMsgId],
    )) as MessageRow[];
    return row ? toMessage(row) : null;
  }

  /** Replies hang off a thread's first message; a reply to a reply joins the same thread. */
  private async threadRootOf(parentId: string, roomId: string): Promise<string> {
    const [row] = (await this.db.query(`SELECT id, parent_id, room_id FROM messages WHERE id = $1`, [parentId])) as {
      id: string;
      parent_id: string | null;
      room_id: string;
    }[];
    if (!row || row.room_id !== roomId) {
      throw validationFailed([{ field: 'parentId', messages: ['parentId must be a message in the same room'] }]);
    }
    return row.parent_id ?? row.id;
  }

  private async whySendRefused(userId: string, roomId: string): Promise<Error> {
    const [row] = (await this.db.query(
      `SELECT r.locked, r.private, r.slow_mode_seconds, now() AS now,
              EXISTS (SELECT 1 FROM room_members rm WHERE rm.room_id = r.id AND rm.user_id = $2) AS is_member,
              EXISTS (SELECT 1 FROM room_bans b WHERE b.room_id = r.id AND b.user_id = $2 AND (b.until IS NULL OR b.until > now())) AS banned,
              (SELECT b.until FROM room_bans b WHERE b.room_id = r.id AND b.user_id = $2) AS ban_until,
              (SELECT mu.until FROM room_mutes mu WHERE mu.room_id = r.id AND mu.user_id = $2 AND mu.until > now()) AS muted_until,
              (SELECT max(pm.created_at) FROM messages pm WHERE pm.room_id = r.id AND pm.author_id = $2) AS last_sent_at
         FROM rooms r WHERE r.id = $1`,
      [roomId, userId],
    )) as SendRefusalRow[];
    if (!row) return roomNotFound();
    if (!row.is_member) return row.private ? roomNotFound() : notARoomMember();
    if (row.banned) return bannedFromRoom(row.ban_until);
    if (row.locked) return roomLocked();
    if (row.muted_until) return mutedInRoom(row.muted_until, row.now);
    if (row.slow_mode_seconds > 0 && row.last_sent_at) {
      const waitMs = row.last_sent_at.getTime() + row.slow_mode_seconds * 1000 - row.now.getTime();
      if (waitMs > 0) return slowModeWait(Math.ceil(waitMs / 1000));
    }
    // Whatever refused it has passed meanwhile (a mute ended, slow mode switched off): try again.
    return sendingTooFast(1);
  }
}

interface StoredMessageState {
  room_id: string;
  author_id: string | null;
  deleted_at: Date | null;
  hidden_at: Date | null;
  held: boolean;
}

interface SendRefusalRow {
  locked: boolean;
  private: boolean;
  slow_mode_seconds: number;
  now: Date;
  is_member: boolean;
  banned: boolean;
  ban_until: Date | null;
  muted_until: Date | null;
  last_sent_at: Date | null;
}

const viewOf = (user: AuthenticatedUser): MessageView => (canModerate(user) ? 'moderator' : 'member');

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION;
}
