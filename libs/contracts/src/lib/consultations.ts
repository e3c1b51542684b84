/**
 * Live consultations: Q&A sessions a lecturer runs, optionally for one
 * module's learners. The consultation's id is its room's id.
 */
import type { LocalizedText, IsoDateTime, Uuid } from './common';
import type { QuestionStatus, Room } from './rooms';

export type ConsultationState = 'scheduled' | 'live' | 'ended';
export type ConsultationModeration = 'post' | 'pre';

export interface Consultation extends Room {
  title: string;
  moduleId: Uuid | null;
  moduleTitle: LocalizedText | null;
  lecturer: { id: Uuid; displayName: string };
  startsAt: IsoDateTime | null;
  startedAt: IsoDateTime | null;
  endedAt: IsoDateTime | null;
  state: ConsultationState;
  moderation: ConsultationModeration;
  /** The caller runs this session (its lecturer, a lecturer of its module, a moderator or an admin). */
  canPresent: boolean;
  openQuestions: number;
}

/** `POST /api/consultations` → 201 Consultation */
export interface CreateConsultationRequest {
  title: string;
  moduleId?: Uuid;
  startsAt?: IsoDateTime;
  moderation: ConsultationModeration;
}

export type QuestionSort = 'top' | 'new';

/** `PATCH`-like changes a presenter makes through `question:update`. */
export interface QuestionUpdateRequest {
  questionId: Uuid;
  status?: QuestionStatus;
  pinned?: boolean;
}
