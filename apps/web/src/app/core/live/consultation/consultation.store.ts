/**
 * The state of one open consultation, as signals: the consultation (state,
 * who presents), its questions (highest version of each, my votes kept, in
 * the chosen order), what to announce to screen readers, and the actions
 * of learners (ask, vote) and presenters (approve, dismiss, pin, answer,
 * start, end).
 *
 * Provide it per page together with a LiveRoomStore (`providers:
 * [LiveRoomStore, ConsultationStore]`) and call `open(id)`: the room store
 * joins the consultation's room (its id is the consultation's) and keeps the
 * chat; this store takes the questions from every join (first and after a
 * reconnection) and from the room's question events, so nothing is missed
 * and a late, older broadcast never undoes a newer change.
 *
 * A ban ends the view, as it does the chat's: on `member:banned` for me here,
 * or when the room's join or the consultation's read is refused with BANNED
 * (a reload, a reconnection after the ban), the questions are let go, nothing
 * is re-read or re-sent, and `errorKind` says `removed`.
 */
import { computed, DestroyRef, effect, inject, Injectable, signal, untracked } from '@angular/core';
import {
  type Ack,
  type Consultation,
  type ConsultationState,
  MESSAGE_BODY_MAX_LENGTH,
  type Question,
  type QuestionSort,
  type QuestionStatus,
  type Uuid,
} from '@klasteris/contracts';

import { ApiClient } from '../../api/api-client';
import { type ErrorMessage, errorCodeOf, errorMessageFor, errorMessageForCode } from '../../api/api-error';
import { AuthService } from '../../auth/auth.service';
import { LiveSocketService, LiveUnavailableError } from '../live-socket.service';
import { type Announcement, LiveRoomStore, type RoomErrorKind } from '../room/live-room.store';
import { bannedMe } from '../room/moderation-effects';
import { newClientMsgId } from '../room/room-timeline';
import { consultationErrorKind, readFailureShown } from './consultation-access';
import { mergeConsultation } from './consultation-merge';
import {
  applyQuestionHidden,
  boardView,
  describeChange,
  isMine,
  mergeQuestions,
  type QuestionMap,
  type QuestionSource,
  topQuestion,
} from './question-board';
import { type QuestionAction, questionErrorFor } from './question-errors';

const ANNOUNCED_TEXT_MAX = 160;
const ANNOUNCEMENTS_KEPT = 5;
const MAX_START_WAIT_MS = 24 * 60 * 60 * 1000;
/** When the server still says "scheduled" after the start (clocks differ), ask again no sooner than this. */
const MIN_START_RECHECK_MS = 5000;

interface FailedAsk {
  body: string;
  anonymous: boolean;
  clientMsgId: string;
}

@Injectable()
export class ConsultationStore {
  private readonly live = inject(LiveSocketService);
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly room = inject(LiveRoomStore);

  private readonly currentId = signal<Uuid | null>(null);
  private readonly consultationState = signal<Consultation | null>(null);
  private readonly loadFailure = signal<ErrorMessage | null>(null);
  private readonly questionMap = signal<QuestionMap>(new Map());
  private readonly mineIds = signal<ReadonlySet<Uuid>>(new Set());
  private readonly sortState = signal<QuestionSort>('top');
  private readonly announcementList = signal<readonly Announcement[]>([]);
  private readonly actionFailure = signal<ErrorMessage | null>(null);
  private readonly busyIds = signal<ReadonlySet<Uuid>>(new Set());
  private readonly sessionBusyState = signal(false);
  private readonly changedTo = signal<ConsultationState | null>(null);
  /** Banned from this consultation's room (heard live, or a read, join or send refused with BANNED): the view ended. */
  private readonly removedHere = signal(false);

  private unsubscribers: (() => void)[] = [];
  /** The server pushes nothing when a scheduled start time passes; the page re-reads the state then. */
  private startTimer: ReturnType<typeof setTimeout> | null = null;
  private loadTicket = 0;
  private announcementId = 0;
  /** An ask that may have reached the server (no answer came): a retry of the same text reuses its key. */
  private failedAsk: FailedAsk | null = null;

  readonly consultationId = this.currentId.asReadonly();
  readonly consultation = this.consultationState.asReadonly();
  readonly loadError = this.loadFailure.asReadonly();
  readonly questions = this.questionMap.asReadonly();
  readonly sort = this.sortState.asReadonly();
  readonly announcements = this.announcementList.asReadonly();
  /** The last vote, answer or change the server refused (asking reports to its own box). */
  readonly actionError = this.actionFailure.asReadonly();
  /** Questions with an action on its way: their buttons wait. */
  readonly busy = this.busyIds.asReadonly();
  /** Starting or ending is on its way. */
  readonly sessionBusy = this.sessionBusyState.asReadonly();
  /** The state this page saw the consultation change to (for a banner), or null. */
  readonly stateChangedTo = this.changedTo.asReadonly();
  readonly connected = this.live.connected;
  readonly myUserId = computed(() => this.auth.user()?.id ?? null);
  readonly canPresent = computed(() => this.consultationState()?.canPresent ?? false);
  readonly ended = computed(() => this.consultationState()?.state === 'ended');
  readonly board = computed(() =>
    boardView(this.questionMap(), this.sortState(), {
      myUserId: this.myUserId(),
      presenter: this.canPresent(),
      myQuestionIds: this.mineIds(),
    }),
  );
  /** The ids of the questions I asked (by authorship, or asked from this page when anonymous). */
  readonly mine = computed<ReadonlySet<Uuid>>(() => {
    const me = this.myUserId();
    const ids = this.mineIds();
    return new Set([...this.questionMap().values()].filter((q) => isMine(q, me, ids)).map((q) => q.id));
  });
  /** The question for the shared screen. */
  readonly top = computed(() => topQuestion(this.questionMap()));
  /** Why the page cannot show the consultation, from REST, from joining its room, or a ban heard live. */
  readonly errorKind = computed<RoomErrorKind | null>(() =>
    consultationErrorKind(this.loadFailure()?.key, this.room.errorKind(), this.removedHere()),
  );
  /** I was banned from the consultation's room: no questions, no asking, no votes. */
  readonly removed = computed(() => this.errorKind() === 'removed');

  constructor() {
    inject(DestroyRef).onDestroy(() => this.close());
    // The room store learns of a ban this store does not hear: its join refused with BANNED
    // (a reload, or a reconnection after a ban sent while this tab was offline).
    effect(() => {
      if (this.room.errorKind() === 'removed') untracked(() => this.removeMe());
    });
  }

  /** Opens the consultation and its room, and keeps both in sync until `close()`. */
  open(consultationId: Uuid): void {
    if (this.currentId() === consultationId) return;
    this.close();
    this.currentId.set(consultationId);
    this.unsubscribers = [
      this.room.onJoin((result) => {
        if (result.room.id !== this.currentId()) return;
        this.merge(result.questions, 'snapshot');
        // Changes are heard only from the join on: one broadcast between the first read and the
        // join (a start, an end) would be missed, and after a reconnection any may have been.
        void this.load();
      }),
      this.live.on('question:new', ({ question }) => this.onBroadcast(question)),
      this.live.on('question:updated', ({ question }) => this.onBroadcast(question)),
      this.live.on('consultation:updated', ({ consultation }) => this.onConsultation(consultation)),
      this.live.on('question:hidden', ({ roomId, questionId }) => {
        if (roomId !== this.currentId()) return;
        this.questionMap.update((held) => applyQuestionHidden(held, questionId, this.room.moderator()));
      }),
      this.live.on('member:banned', (event) => {
        if (bannedMe(event, this.currentId(), this.myUserId())) this.removeMe();
      }),
    ];
    void this.load();
    this.room.open(consultationId);
  }

  close(): void {
    for (const unsubscribe of this.unsubscribers) unsubscribe();
    this.unsubscribers = [];
    this.clearStartTimer();
    this.loadTicket += 1;
    this.failedAsk = null;
    this.currentId.set(null);
    this.consultationState.set(null);
    this.loadFailure.set(null);
    this.questionMap.set(new Map());
    this.mineIds.set(new Set());
    this.announcementList.set([]);
    this.actionFailure.set(null);
    this.busyIds.set(new Set());
    this.sessionBusyState.set(false);
    this.changedTo.set(null);
    this.removedHere.set(false);
  }

  /** Fetches the consultation itself (state, who presents) over REST. */
  async load(): Promise<void> {
    const id = this.currentId();
    if (id === null || this.removed()) return;
    const ticket = ++this.loadTicket;
    try {
      const consultation = await this.api.consultation(id);
      if (ticket !== this.loadTicket) return;
      this.loadFailure.set(null);
      this.apply(consultation, 'mine');
    } catch (error) {
      if (ticket !== this.loadTicket) return;
      const code = errorCodeOf(error);
      if (readFailureShown(code, this.consultationState() !== null)) this.loadFailure.set(errorMessageFor(error));
      if (code === 'BANNED') this.removeMe();
    }
  }

  setSort(sort: QuestionSort): void {
    this.sortState.set(sort);
  }

  dismissActionError(): void {
    this.actionFailure.set(null);
  }

  dismissStateChange(): void {
    this.changedTo.set(null);
  }

  // ------------------------------------------------------------ learners

  /**
   * Asks a question; resolves with null when the server stored it, or with
   * the reason it did not (the ask box keeps the text). A retry after a lost
   * answer sends the same key, so the question is never stored twice.
   */
  async ask(body: string, anonymous: boolean): Promise<ErrorMessage | null> {
    const roomId = this.currentId();
    const text = body.trim();
    if (roomId === null) return { key: 'errors.GENERIC' };
    if (this.removed()) return errorMessageForCode('BANNED');
    if (text === '' || text.length > MESSAGE_BODY_MAX_LENGTH) return { key: 'consultations.errors.askInvalid' };
    const retried = this.failedAsk;
    const clientMsgId =
      retried !== null && retried.body === text && retried.anonymous === anonymous
        ? retried.clientMsgId
        : newClientMsgId();
    try {
      const ack = await this.live.request('question:ask', { roomId, body: text, anonymous, clientMsgId });
      if (roomId !== this.currentId()) return null;
      this.failedAsk = null;
      if (!ack.ok) {
        if (ack.error.code === 'BANNED') this.removeMe();
        return questionErrorFor('ask', ack.error.code, ack.error.retryAfterSeconds);
      }
      this.mineIds.update((ids) => new Set(ids).add(ack.data.question.id));
      this.merge([ack.data.question], 'ack');
      return null;
    } catch (error) {
      this.failedAsk = { body: text, anonymous, clientMsgId };
      return error instanceof LiveUnavailableError && error.reason === 'offline'
        ? { key: 'consultations.ask.offline' }
        : { key: 'errors.NETWORK' };
    }
  }

  /** Adds my vote, or takes it back. */
  toggleVote(question: Question): Promise<boolean> {
    return this.act(question.id, 'vote', () =>
      this.live.request('question:vote', { questionId: question.id, up: !question.myVote }),
    );
  }

  // ------------------------------------------------------------ presenters

  approve(questionId: Uuid): Promise<boolean> {
    return this.setStatus(questionId, 'open');
  }

  setStatus(questionId: Uuid, status: QuestionStatus): Promise<boolean> {
    return this.act(questionId, 'update', () => this.live.request('question:update', { questionId, status }));
  }

  setPinned(questionId: Uuid, pinned: boolean): Promise<boolean> {
    return this.act(questionId, 'update', () => this.live.request('question:update', { questionId, pinned }));
  }

  /** Answers a question; resolves with null when stored, or the reason (the answer box keeps the text). */
  async answer(questionId: Uuid, body: string): Promise<ErrorMessage | null> {
    const text = body.trim();
    if (text === '' || text.length > MESSAGE_BODY_MAX_LENGTH) return { key: 'consultations.errors.answerInvalid' };
    let failure: ErrorMessage | null = null;
    await this.act(
      questionId,
      'answer',
      () => this.live.request('question:answer', { questionId, body: text }),
      (reason) => (failure = reason),
    );
    return failure;
  }

  start(): Promise<boolean> {
    return this.changeSession((id) => this.api.startConsultation(id));
  }

  end(): Promise<boolean> {
    return this.changeSession((id) => this.api.endConsultation(id));
  }

  // ------------------------------------------------------------ helpers

  private async act(
    questionId: Uuid,
    action: QuestionAction,
    request: () => Promise<Ack<{ question: Question }>>,
    onFailure: (reason: ErrorMessage) => void = (reason) => this.actionFailure.set(reason),
  ): Promise<boolean> {
    if (this.busyIds().has(questionId) || this.removed()) return false;
    const roomId = this.currentId();
    this.actionFailure.set(null);
    this.busyIds.update((ids) => new Set(ids).add(questionId));
    try {
      const ack = await request();
      if (roomId !== this.currentId()) return false;
      if (!ack.ok) {
        if (ack.error.code === 'BANNED') this.removeMe();
        onFailure(questionErrorFor(action, ack.error.code, ack.error.retryAfterSeconds));
        return false;
      }
      this.merge([ack.data.question], 'ack');
      return true;
    } catch (error) {
      onFailure(
        error instanceof LiveUnavailableError && error.reason === 'offline'
          ? { key: 'consultations.offlineAction' }
          : { key: 'errors.NETWORK' },
      );
      return false;
    } finally {
      this.busyIds.update((ids) => {
        const next = new Set(ids);
        next.delete(questionId);
        return next;
      });
    }
  }

  private async changeSession(call: (id: Uuid) => Promise<Consultation>): Promise<boolean> {
    const id = this.currentId();
    if (id === null || this.sessionBusyState() || this.removed()) return false;
    this.sessionBusyState.set(true);
    this.actionFailure.set(null);
    try {
      const consultation = await call(id);
      if (id === this.currentId()) this.apply(consultation, 'mine');
      return true;
    } catch (error) {
      if (id === this.currentId()) this.actionFailure.set(errorMessageFor(error));
      return false;
    } finally {
      this.sessionBusyState.set(false);
    }
  }

  private merge(questions: readonly Question[], source: QuestionSource): void {
    // An answer to an ask or a vote sent before the ban may still come back: it shows nothing.
    if (this.removed()) return;
    const id = this.currentId();
    const forHere = questions.filter((question) => question.roomId === id);
    if (forHere.length > 0) this.questionMap.update((held) => mergeQuestions(held, forHere, source));
  }

  private onBroadcast(question: Question): void {
    if (question.roomId !== this.currentId()) return;
    const before = this.questionMap().get(question.id);
    this.merge([question], 'broadcast');
    const after = this.questionMap().get(question.id);
    if (after === undefined || after === before) return;
    const change = describeChange(before, after, this.canPresent());
    if (change === null) return;
    const text = excerpt(after.body);
    const mine = isMine(after, this.myUserId(), this.mineIds());
    switch (change.kind) {
      case 'asked':
        // My own question I know about; that it was approved I want to hear.
        if (!mine) this.announce('consultations.announce.asked', { text });
        else if (before?.status === 'pending') this.announce('consultations.announce.approved', { text });
        break;
      case 'answered':
        this.announce('consultations.announce.answered', { text, answer: excerpt(after.answer ?? '') });
        break;
      case 'awaitingApproval':
        this.announce('consultations.announce.awaitingApproval', { text });
        break;
    }
  }

  private onConsultation(consultation: Consultation): void {
    if (consultation.id !== this.currentId()) return;
    this.apply(consultation, 'broadcast');
  }

  /**
   * Banned here: the page says so, and this store stops following the
   * consultation (the server has taken my sockets out of its room, and would
   * refuse every read and send). Its id stays, so nothing reopens it by itself.
   */
  private removeMe(): void {
    if (this.currentId() === null || this.removedHere()) return;
    for (const unsubscribe of this.unsubscribers) unsubscribe();
    this.unsubscribers = [];
    this.clearStartTimer();
    this.loadTicket += 1;
    this.failedAsk = null;
    this.questionMap.set(new Map());
    this.mineIds.set(new Set());
    this.announcementList.set([]);
    this.actionFailure.set(null);
    this.busyIds.set(new Set());
    this.changedTo.set(null);
    this.removedHere.set(true);
  }

  private apply(incoming: Consultation, source: 'mine' | 'broadcast'): void {
    if (this.removed()) return;
    const held = this.consultationState();
    const next = mergeConsultation(held, incoming, source);
    this.consultationState.set(next);
    this.watchStartTime(next);
    if (held === null || held.state === next.state) return;
    this.changedTo.set(next.state);
    if (next.state === 'live') this.announce('consultations.announce.live', {});
    if (next.state === 'ended') this.announce('consultations.announce.ended', {});
  }

  private watchStartTime(consultation: Consultation): void {
    this.clearStartTimer();
    if (consultation.state !== 'scheduled' || consultation.startsAt === null) return;
    // A second late, so the server agrees the time has come; capped, as timers overflow past ~24.8 days
    // (a page open that long re-reads once a day).
    const wait = Math.min(Date.parse(consultation.startsAt) - Date.now() + 1000, MAX_START_WAIT_MS);
    this.startTimer = setTimeout(() => void this.load(), Math.max(wait, MIN_START_RECHECK_MS));
  }

  private clearStartTimer(): void {
    if (this.startTimer !== null) clearTimeout(this.startTimer);
    this.startTimer = null;
  }

  private announce(key: Announcement['key'], params: Announcement['params']): void {
    const line: Announcement = { id: ++this.announcementId, key, ...(params ? { params } : {}) };
    this.announcementList.update((list) => [...list, line].slice(-ANNOUNCEMENTS_KEPT));
  }
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= ANNOUNCED_TEXT_MAX ? flat : `${flat.slice(0, ANNOUNCED_TEXT_MAX - 1)}…`;
}
