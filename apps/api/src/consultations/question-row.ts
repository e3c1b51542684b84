/**
 * A question as PostgreSQL returns it, and what a given person may see of
 * it: peers see published questions only (plus their own pending ones) and
 * no author on anonymous ones; presenters and moderators see everything.
 */
import type { Question, QuestionStatus } from '@klasteris/contracts';

import { DELETED_USER_NAME } from '../rooms/message-row';

export interface QuestionRow {
  id: string;
  room_id: string;
  seq: string | number;
  author_id: string | null;
  author_name: string | null;
  organisation_name: string | null;
  body: string;
  anonymous: boolean;
  status: QuestionStatus;
  published: boolean;
  pinned: boolean;
  answer: string | null;
  votes: number;
  version: number;
  created_at: Date;
  /** Hidden by a moderator: peers no longer see it, its author neither. */
  hidden_at: Date | null;
  my_vote?: boolean | null;
}

/** The columns every question query selects, with `q` the questions alias. */
export const QUESTION_COLUMNS = `
  q.id, q.room_id, q.seq, q.author_id, q.body, q.anonymous, q.status, q.published, q.pinned, q.answer,
  q.votes, q.version, q.created_at, q.hidden_at, u.display_name AS author_name, o.name AS organisation_name`;

export const QUESTION_AUTHOR_JOINS = `
  LEFT JOIN users u ON u.id = q.author_id
  LEFT JOIN organisations o ON o.id = u.organisation_id`;

/** Who is looking: a person, and whether they present or moderate this consultation. */
export interface QuestionViewer {
  userId: string | null;
  seesEverything: boolean;
}

/** The staff's view, sent on the staff channel: everything, with the author. */
export const STAFF_VIEWER: QuestionViewer = { userId: null, seesEverything: true };
/** A peer's view, sent to the rest of the room. */
export const PEER_VIEWER: QuestionViewer = { userId: null, seesEverything: false };

export function canSeeQuestion(
  row: Pick<QuestionRow, 'published' | 'author_id' | 'hidden_at'>,
  viewer: QuestionViewer,
): boolean {
  if (viewer.seesEverything) return true;
  if (row.hidden_at) return false;
  return row.published || (viewer.userId !== null && row.author_id === viewer.userId);
}

export function toQuestion(row: QuestionRow, viewer: QuestionViewer): Question {
  const own = viewer.userId !== null && row.author_id === viewer.userId;
  const showAuthor = !row.anonymous || viewer.seesEverything || own;
  return {
    id: row.id,
    roomId: row.room_id,
    seq: Number(row.seq),
    body: row.body,
    anonymous: row.anonymous,
    author: showAuthor
      ? {
          id: row.author_id ?? '',
          displayName: row.author_name ?? DELETED_USER_NAME,
          organisationName: row.organisation_name,
        }
      : null,
    votes: row.votes,
    myVote: row.my_vote === true,
    status: row.status,
    pinned: row.pinned,
    answer: row.answer,
    hidden: row.hidden_at !== null,
    createdAt: row.created_at.toISOString(),
    version: row.version,
  };
}
