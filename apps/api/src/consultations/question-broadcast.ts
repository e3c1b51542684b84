/**
 * Who gets which version of a question or consultation change. Presenters
 * and moderators (the room's staff channel, joined on room:join) get
 * everything with the author; peers get anonymous questions without it, and
 * pending (unpublished) questions not at all; the author's own sockets get
 * their question with the author. Broadcasts carry `myVote: false`: each
 * client keeps its own from its acks and its join.
 */
import { Injectable } from '@nestjs/common';
import type { Consultation } from '@klasteris/contracts';

import { LivePublisher } from '../platform/realtime/live-publisher';
import { PEER_VIEWER, QuestionRow, STAFF_VIEWER, toQuestion } from './question-row';

export type QuestionEvent = 'question:new' | 'question:updated';

export interface QuestionAudiences {
  /** Sent to the staff channel (and to the author's sockets when `toAuthor`). */
  staff: ReturnType<typeof toQuestion>;
  /** Sent to the rest of the room, or nothing when peers may not see it. */
  peers: ReturnType<typeof toQuestion> | null;
  /** Whether the author's sockets get the staff version apart from the room. */
  toAuthor: boolean;
}

/** Pure: who sees what of this row (unit-tested). */
export function questionAudiences(row: QuestionRow): QuestionAudiences {
  const staff = toQuestion({ ...row, my_vote: false }, STAFF_VIEWER);
  // Hidden by a moderator: staff only, not even its author.
  if (row.hidden_at) return { staff, peers: null, toAuthor: false };
  if (!row.published) return { staff, peers: null, toAuthor: row.author_id !== null };
  const peers = toQuestion({ ...row, my_vote: false }, PEER_VIEWER);
  return { staff, peers, toAuthor: row.anonymous && row.author_id !== null };
}

@Injectable()
export class QuestionBroadcast {
  constructor(private readonly publisher: LivePublisher) {}

  question(event: QuestionEvent, row: QuestionRow): void {
    const audiences = questionAudiences(row);
    const authorId = audiences.toAuthor ? (row.author_id ?? undefined) : undefined;
    if (audiences.peers && !row.anonymous) {
      // Everyone sees the same: one emit to the room.
      this.publisher.toRoom(row.room_id, event, { question: audiences.staff });
      return;
    }
    this.publisher.toRoomStaff(row.room_id, event, { question: audiences.staff }, authorId);
    if (audiences.peers) this.publisher.toRoomExceptStaff(row.room_id, event, { question: audiences.peers }, authorId);
  }

  /**
   * Approved: new to peers, who could not see it; its author and the staff
   * had it while it was pending, so for them it is an update.
   */
  approved(row: QuestionRow): void {
    const audiences = questionAudiences(row);
    const authorId = row.author_id ?? undefined;
    this.publisher.toRoomStaff(row.room_id, 'question:updated', { question: audiences.staff }, authorId);
    if (audiences.peers)
      this.publisher.toRoomExceptStaff(row.room_id, 'question:new', { question: audiences.peers }, authorId);
  }

  /** A moderator hid it: peers drop it, staff get it marked. */
  hidden(row: QuestionRow): void {
    this.publisher.toRoomExceptStaff(row.room_id, 'question:hidden', { roomId: row.room_id, questionId: row.id });
    this.publisher.toRoomStaff(row.room_id, 'question:updated', { question: questionAudiences(row).staff });
  }

  /** `canPresent` is per person: true on the staff channel, false for the rest of the room. */
  consultation(forStaff: Consultation, forPeers: Consultation): void {
    this.publisher.toRoomStaff(forStaff.id, 'consultation:updated', { consultation: forStaff });
    this.publisher.toRoomExceptStaff(forPeers.id, 'consultation:updated', { consultation: forPeers });
  }
}
