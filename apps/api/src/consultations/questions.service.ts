/**
 * Questions: ask (numbered per consultation without gaps, idempotent by
 * author and clientMsgId), vote (one a person, the count kept in the vote's
 * transaction), answer, approve, dismiss, pin, and the list as each person
 * may see it. Every change bumps `version` in the same statement. Returns
 * what changed for the caller to publish; knows nothing of sockets or HTTP.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, Question, QuestionSort, QuestionStatus } from '@klasteris/contracts';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { DomainError } from '../platform/errors/domain-error';
import { validationFailed } from '../platform/http/validation';
import { RoomRestrictions } from '../rooms/room-restrictions';
import { RoomsService } from '../rooms/rooms.service';
import { ConsultationContext, ConsultationsService } from './consultations.service';
import { consultationEnded, notAPresenter, questionNotFound, questionNotVotable } from './consultations.errors';
import { sortQuestions } from './question-order';
import {
  canSeeQuestion,
  QUESTION_AUTHOR_JOINS,
  QUESTION_COLUMNS,
  QuestionRow,
  QuestionViewer,
  toQuestion,
} from './question-row';

export interface AskQuestionInput {
  roomId: string;
  body: string;
  anonymous?: boolean;
  clientMsgId: string;
}

/**
 * A stored change: the caller's view for the acknowledgement, and the row
 * for the broadcast (which decides who sees what of it).
 */
export interface QuestionChange {
  question: Question;
  row: QuestionRow;
  /** Nothing new to publish (a resent ask, a repeated vote, an update to what already was). */
  unchanged: boolean;
  /** Peers could not see it before and can now (approved): they get it as `question:new`. */
  publishedNow: boolean;
}

/** At most this many questions of a consultation are listed or sent on join. */
const QUESTIONS_LIMIT = 2000;
const UNIQUE_VIOLATION = '23505';

@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rooms: RoomsService,
    private readonly consultations: ConsultationsService,
    private readonly restrictions: RoomRestrictions,
  ) {}

  /**
   * Anyone who may read the consultation asks, before it starts or while it
   * is live; not once it has ended. With pre-moderation a learner's question
   * waits as `pending`; presenters' own questions never wait. A question
   * the banned-word filter holds (`held`) waits as `pending` whoever asks,
   * so presenters and moderators approve or dismiss it as any other.
   * Muted or banned people, and anyone in a room a moderator locked, are refused.
   */
  async ask(
    user: AuthenticatedUser,
    input: AskQuestionInput,
    options: { held?: boolean } = {},
  ): Promise<QuestionChange> {
    const context = await this.enter(user, input.roomId);
    if (context.ended) throw consultationEnded();
    await this.restrictions.assertMaySpeak(user.id, input.roomId, { unlessLocked: true });
    const pending = (context.moderation === 'pre' && !context.canPresent) || options.held === true;
    let rows: QuestionRow[];
    try {
      // One statement: bump the consultation's counter and insert, so seqs have no gaps and a
      // refused insert (a resend) takes no number. The row lock orders concurrent askers.
      rows = (await this.db.query(
        `WITH next AS (
           UPDATE consultations SET last_question_seq = last_question_seq + 1
            WHERE id = $1 AND ended_at IS NULL
            RETURNING id, last_question_seq
         ), q AS (
           INSERT INTO questions (room_id, seq, author_id, client_msg_id, body, anonymous, status, published)
           SELECT next.id, next.last_question_seq, $2, $3, $4, $5, $6, $7 FROM next
           RETURNING *
         )
         SELECT ${QUESTION_COLUMNS}, false AS my_vote FROM q ${QUESTION_AUTHOR_JOINS}`,
        [
          input.roomId,
          user.id,
          input.clientMsgId,
          input.body,
          input.anonymous === true,
          pending ? 'pending' : 'open',
          !pending,
        ],
      )) as QuestionRow[];
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const row = await this.byClientMsgId(user.id, input.clientMsgId);
      return { question: toQuestion(row, viewerOf(user, context)), row, unchanged: true, publishedNow: false };
    }
    const row = rows[0];
    if (!row) throw consultationEnded();
    return { question: toQuestion(row, viewerOf(user, context)), row, unchanged: false, publishedNow: false };
  }

  /**
   * For the system: a question by this author, open (published) at once,
   * in the caller's transaction, numbered like any other; the same
   * (author, clientMsgId) twice stores one. Returns its id, or null for a
   * repeat. No access checks and no broadcast: the caller has just created
   * the consultation (an office-hours slot's room with its booking questions).
   */
  async insertOpenQuestion(
    input: { roomId: string; authorId: string; body: string; clientMsgId: string },
    within: EntityManager,
  ): Promise<string | null> {
    const rows = (await within.query(
      `WITH existing AS (
         SELECT id FROM questions WHERE author_id = $2 AND client_msg_id = $3
       ), next AS (
         UPDATE consultations SET last_question_seq = last_question_seq + 1
          WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM existing)
          RETURNING id, last_question_seq
       )
       INSERT INTO questions (room_id, seq, author_id, client_msg_id, body, anonymous, status, published)
       SELECT next.id, next.last_question_seq, $2, $3, $4, false, 'open', true FROM next
       RETURNING id`,
      [input.roomId, input.authorId, input.clientMsgId, input.body],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /**
   * One vote a person (the primary key), on open and answered questions
   * while the consultation has not ended; the author may vote too. `up`
   * again, or taking back a vote not given, changes nothing and returns the
   * question as it is. The question's row is locked first, so its status
   * cannot change under the vote, and the count and the version (kept by the
   * vote rows' trigger, see the migration) move one step at a time.
   */
  async vote(user: AuthenticatedUser, questionId: string, up: boolean): Promise<QuestionChange> {
    const { context, viewer } = await this.forQuestion(user, questionId);
    if (context.ended) throw consultationEnded();
    const changed = await this.db.transaction(async (manager) => {
      const [current] = (await manager.query(`SELECT status, published FROM questions WHERE id = $1 FOR UPDATE`, [
        questionId,
      ])) as { status: QuestionStatus; published: boolean }[];
      if (!current) throw questionNotFound();
      if (!current.published || (current.status !== 'open' && current.status !== 'answered')) {
        throw questionNotVotable();
      }
      const result = (await manager.query(
        up
          ? `INSERT INTO question_votes (question_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`
          : `DELETE FROM question_votes WHERE question_id = $1 AND user_id = $2 RETURNING 1`,
        [questionId, user.id],
      )) as unknown[] | [unknown[], number];
      // The vote row's trigger moves the count and the version in this transaction.
      const affected = up ? (result as unknown[]).length : (result as [unknown[], number])[1];
      return affected > 0;
    });
    const row = await this.load(questionId, user.id);
    return { question: toQuestion(row, viewer), row, unchanged: !changed, publishedNow: false };
  }

  /**
   * Presenters answer (again, to correct it, too); the question becomes
   * `answered`, and visible to everyone if it was pending. Allowed after the
   * consultation has ended, for follow-up answers.
   */
  async answer(user: AuthenticatedUser, questionId: string, body: string): Promise<QuestionChange> {
    const { viewer } = await this.forQuestion(user, questionId, { presenter: true });
    const [updated] = (await this.db.query(
      `WITH old AS (SELECT id, published FROM questions WHERE id = $1 FOR UPDATE)
       UPDATE questions q
          SET answer = $2, answered_by = $3, answered_at = now(), status = 'answered', published = true,
              version = q.version + 1, updated_at = now()
         FROM old WHERE q.id = old.id
       RETURNING old.published AS was_published`,
      [questionId, body, user.id],
    )) as [{ was_published: boolean }[], number];
    const row = await this.load(questionId, user.id);
    return {
      question: toQuestion(row, viewer),
      row,
      unchanged: false,
      publishedNow: updated[0]?.was_published === false,
    };
  }

  /**
   * Presenters approve (`open`), mark answered, dismiss, reopen and pin.
   * Approving or answering a pending question publishes it; dismissing a
   * pending one keeps it from peers. A change to what already is changes
   * nothing (no new version).
   */
  async update(
    user: AuthenticatedUser,
    change: { questionId: string; status?: Exclude<QuestionStatus, 'pending'>; pinned?: boolean },
  ): Promise<QuestionChange> {
    if (change.status === undefined && change.pinned === undefined) {
      throw validationFailed([{ field: 'status', messages: ['give status or pinned (or both)'] }]);
    }
    const { viewer } = await this.forQuestion(user, change.questionId, { presenter: true });
    const [updated] = (await this.db.query(
      `WITH old AS (SELECT id, published FROM questions WHERE id = $1 FOR UPDATE)
       UPDATE questions q
          SET status = coalesce($2, q.status),
              pinned = coalesce($3, q.pinned),
              published = q.published OR coalesce($2, q.status) IN ('open', 'answered'),
              version = q.version + 1, updated_at = now()
         FROM old
        WHERE q.id = old.id AND (coalesce($2, q.status) <> q.status OR coalesce($3, q.pinned) <> q.pinned)
       RETURNING old.published AS was_published, q.published AS published`,
      [change.questionId, change.status ?? null, change.pinned ?? null],
    )) as [{ was_published: boolean; published: boolean }[], number];
    const row = await this.load(change.questionId, user.id);
    const result = updated[0];
    return {
      question: toQuestion(row, viewer),
      row,
      unchanged: result === undefined,
      publishedNow: result !== undefined && !result.was_published && result.published,
    };
  }

  /** REST: the questions as the person may see them, in the chosen order. 403/404 as for the room's messages. */
  async page(
    user: AuthenticatedUser,
    roomId: string,
    query: { sort: QuestionSort; cursor?: string; limit: number },
  ): Promise<Page<Question>> {
    const room = await this.rooms.assertCanRead(user, roomId);
    if (room.kind !== 'consultation') return { items: [], nextCursor: null };
    const context = await this.consultations.context(user, roomId);
    const all = await this.visibleTo(user, context, query.sort);
    const offset = query.cursor ? Number(query.cursor) : 0;
    const items = all.slice(offset, offset + query.limit);
    return { items, nextCursor: offset + query.limit < all.length ? String(offset + query.limit) : null };
  }

  /** For room:join, after the socket joined its channels: every question the person may see, top first. */
  async forJoin(user: AuthenticatedUser, context: ConsultationContext): Promise<Question[]> {
    return this.visibleTo(user, context, 'top');
  }

  private async visibleTo(user: AuthenticatedUser, context: ConsultationContext, sort: QuestionSort) {
    const rows = (await this.db.query(
      `SELECT ${QUESTION_COLUMNS},
              EXISTS (SELECT 1 FROM question_votes v WHERE v.question_id = q.id AND v.user_id = $2) AS my_vote
         FROM questions q ${QUESTION_AUTHOR_JOINS}
        WHERE q.room_id = $1 AND (((q.published OR q.author_id = $2) AND q.hidden_at IS NULL) OR $3)
        ORDER BY q.seq
        LIMIT $4`,
      [context.id, user.id, context.canPresent, QUESTIONS_LIMIT],
    )) as QuestionRow[];
    const viewer = viewerOf(user, context);
    return sortQuestions(
      sort,
      rows.map((row) => toQuestion(row, viewer)),
    );
  }

  /** May the person read the consultation (RoomsService decides), and what are they in it. */
  private async enter(user: AuthenticatedUser, roomId: string): Promise<ConsultationContext> {
    const room = await this.rooms.assertCanRead(user, roomId);
    if (room.kind !== 'consultation') throw new DomainError('NOT_FOUND', 'This room is not a consultation');
    return this.consultations.context(user, roomId);
  }

  /**
   * The question's consultation, checked for the person: refused like the
   * room if they may not read it, NOT_FOUND if they may not see the question
   * (someone else's pending one), FORBIDDEN if presenting is asked and they do not.
   */
  private async forQuestion(
    user: AuthenticatedUser,
    questionId: string,
    need: { presenter?: boolean } = {},
  ): Promise<{ context: ConsultationContext; viewer: QuestionViewer }> {
    const [row] = (await this.db.query(`SELECT room_id, author_id, published, hidden_at FROM questions WHERE id = $1`, [
      questionId,
    ])) as { room_id: string; author_id: string | null; published: boolean; hidden_at: Date | null }[];
    if (!row) throw questionNotFound();
    const context = await this.enter(user, row.room_id);
    const viewer = viewerOf(user, context);
    if (need.presenter && !context.canPresent) throw notAPresenter();
    if (!canSeeQuestion(row, viewer)) throw questionNotFound();
    return { context, viewer };
  }

  private async load(questionId: string, userId: string): Promise<QuestionRow> {
    const [row] = (await this.db.query(
      `SELECT ${QUESTION_COLUMNS},
              EXISTS (SELECT 1 FROM question_votes v WHERE v.question_id = q.id AND v.user_id = $2) AS my_vote
         FROM questions q ${QUESTION_AUTHOR_JOINS} WHERE q.id = $1`,
      [questionId, userId],
    )) as QuestionRow[];
    if (!row) throw questionNotFound();
    return row;
  }

  private async byClientMsgId(authorId: string, clientMsgId: string): Promise<QuestionRow> {
    const [row] = (await this.db.query(
      `SELECT ${QUESTION_COLUMNS},
              EXISTS (SELECT 1 FROM question_votes v WHERE v.question_id = q.id AND v.user_id = $1) AS my_vote
         FROM questions q ${QUESTION_AUTHOR_JOINS} WHERE q.author_id = $1 AND q.client_msg_id = $2`,
      [authorId, clientMsgId],
    )) as QuestionRow[];
    if (!row) throw questionNotFound();
    return row;
  }
}

function viewerOf(user: AuthenticatedUser, context: ConsultationContext): QuestionViewer {
  return { userId: user.id, seesEverything: context.canPresent };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION;
}
