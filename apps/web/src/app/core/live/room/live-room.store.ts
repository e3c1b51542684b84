/**
 * The state of one open live room, as signals: the room, its messages (by
 * seq, never a duplicate, always in order), my pending sends, who is online
 * and typing, the unread marker, and what to announce to screen readers.
 *
 * Provide it per page (`providers: [LiveRoomStore]`) and call `open(roomId)`;
 * it leaves the room when the page goes. It keeps the list complete across
 * everything the network does:
 * - a live message whose seq skips ahead is a gap: the missing range is
 *   fetched over REST;
 * - after a reconnection it first resends my pending messages (same
 *   clientMsgId, so the server stores each once and answers with the stored
 *   one), then rejoins with `afterSeq` = the last seq it holds, and pages
 *   over REST whatever the join did not return;
 * - a send refused by the server stays visible with the reason and a retry,
 *   except a refusal by a moderation rule (muted, slow mode, locked, banned,
 *   refused words): its text goes back to the composer with the reason.
 *
 * Moderation takes effect live: a hidden message leaves members' lists (a
 * moderator keeps it, greyed), a restored one comes back in its place, a
 * mute or lock stops the composer, and a ban ends the view.
 *
 * For working-group channels it also keeps the open thread (its replies
 * fetched over REST, merged with those arriving live), the pinned messages,
 * and can bring an older message into the loaded window to show it in
 * context (a search hit).
 */
import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import {
  type Ack,
  MESSAGE_BODY_MAX_LENGTH,
  type Message,
  type PresenceEntry,
  type Room,
  type RoomJoinResult,
  type Uuid,
} from '@klasteris/contracts';

import { ApiClient } from '../../api/api-client';
import { type ErrorMessage, errorCodeOf, errorMessageFor, errorMessageForCode } from '../../api/api-error';
import { AuthService } from '../../auth/auth.service';
import type { TranslationKey, TranslationParams } from '../../i18n/translation-key';
import { LiveSocketService, LiveUnavailableError } from '../live-socket.service';
import { GroupsDirectory } from '../groups-directory.service';
import { RoomsDirectory } from '../rooms-directory.service';
import {
  activeMute,
  applyChange,
  applyHidden,
  bannedMe,
  canModerate,
  isModerationRefusal,
  muteRemainingMs,
  refusalOutcome,
  type Viewer,
} from './moderation-effects';
import {
  addPending,
  advanceCovered,
  countsAsUnread,
  failPending,
  findGap,
  keepNewest,
  mergeMessages,
  newClientMsgId,
  nextToSend,
  type PendingMessage,
  reactionIsMineAfterToggle,
  removeMessage,
  retryPending,
  settlePending,
  unreadMarkerSeq,
  updateMessage,
} from './room-timeline';
import { applyPinChange, threadReplies } from './threads';

/** `joining` until the first join is answered; `failed` when the room cannot be opened at all. */
export type RoomPhase = 'idle' | 'joining' | 'ready' | 'failed';
export type OlderState = 'idle' | 'loading' | 'failed';
/** A side list (a thread's replies, the pins): not asked for, on its way, there, or failed. */
export type SideListState = 'idle' | 'loading' | 'ready' | 'failed';

/** Why the room view cannot be shown; `removed`: I was banned from it. */
export type RoomErrorKind = 'notFound' | 'forbidden' | 'removed' | 'other';

/** A send a moderation rule refused: its text goes back to the composer, with the reason beside it. */
export interface SendRefusal {
  id: number;
  body: string;
  parentId: Uuid | null;
  error: ErrorMessage;
}

/** One line for the screen-reader live region. */
export interface Announcement {
  id: number;
  key: TranslationKey;
  params?: TranslationParams;
}

/** Others' typing is shown this long after their last signal (the server relays at most one a second). */
export const TYPING_SHOWN_MS = 3500;
/** My own typing is sent at most this often. */
export const TYPING_SEND_EVERY_MS = 2000;
/** REST page sizes: the API allows up to 200. */
const CATCH_UP_PAGE = 200;
const OLDER_PAGE = 50;
/** The loaded window: past this many, and with the reader at the newest, the oldest are let go. */
const WINDOW_MAX = 300;
const WINDOW_KEEP = 150;
const ANNOUNCE_EACH_UP_TO = 3;
const ANNOUNCED_TEXT_MAX = 200;
const SEND_TIMEOUT_MS = 15_000;
const RETRY_AFTER_MS = 3000;
/** Showing an older message in context: the page around it, then forward to what is loaded, at most this many pages. */
const AROUND_PAGE = 50;
const REVEAL_MAX_PAGES = 10;
const THREAD_MAX_PAGES = 10;
/** The longest a browser timer waits (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

@Injectable()
export class LiveRoomStore {
  private readonly live = inject(LiveSocketService);
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly directory = inject(RoomsDirectory);
  private readonly groups = inject(GroupsDirectory);

  private readonly currentRoomId = signal<Uuid | null>(null);
  private readonly roomState = signal<Room | null>(null);
  private readonly phaseState = signal<RoomPhase>('idle');
  private readonly failure = signal<ErrorMessage | null>(null);
  private readonly messageList = signal<readonly Message[]>([]);
  private readonly pendingList = signal<readonly PendingMessage[]>([]);
  private readonly onlineList = signal<readonly PresenceEntry[]>([]);
  private readonly typingUntil = signal<ReadonlyMap<Uuid, number>>(new Map());
  private readonly marker = signal<number | null>(null);
  private readonly olderState = signal<OlderState>('idle');
  private readonly olderExists = signal(false);
  private readonly mine = signal<ReadonlyMap<Uuid, ReadonlySet<string>>>(new Map());
  private readonly announcementList = signal<readonly Announcement[]>([]);
  private readonly actionFailure = signal<ErrorMessage | null>(null);
  private readonly mutedUntilState = signal<string | null>(null);
  /** Slow mode refused my last send: the next one is let through from then (ISO). */
  private readonly slowUntilState = signal<string | null>(null);
  private readonly refusalState = signal<SendRefusal | null>(null);
  private readonly threadRootIdState = signal<Uuid | null>(null);
  private readonly threadFetched = signal<readonly Message[]>([]);
  private readonly threadLoad = signal<SideListState>('idle');
  private readonly pinList = signal<readonly Message[]>([]);
  private readonly pinLoad = signal<SideListState>('idle');

  /** Every message with a seq up to this one (from the oldest loaded) is held, or was hidden. */
  private coveredSeq = 0;
  /** The list must reach at least this seq; the gap fetch runs until it does. */
  private targetSeq = 0;
  private catchingUp: Promise<void> | null = null;
  private flushing: Promise<void> | null = null;
  private joinedOnce = false;
  private joinTicket = 0;
  private readerAtNewest = true;
  private lastTypingSentAt = 0;
  private readSent = 0;
  private readWanted = 0;
  private readInFlight = false;
  private announcementId = 0;
  private refusalId = 0;
  private readonly inFlight = new Set<string>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private typingTimer: ReturnType<typeof setTimeout> | null = null;
  private unsubscribers: (() => void)[] = [];
  private readonly joinListeners = new Set<(result: RoomJoinResult) => void>();

  readonly roomId = this.currentRoomId.asReadonly();
  readonly room = this.roomState.asReadonly();
  readonly phase = this.phaseState.asReadonly();
  /** Why the room could not be opened (NOT_FOUND, FORBIDDEN, …). */
  readonly error = this.failure.asReadonly();
  readonly errorKind = computed<RoomErrorKind | null>(() => {
    const key = this.failure()?.key;
    if (key === undefined) return null;
    if (key === 'errors.NOT_FOUND') return 'notFound';
    if (key === 'errors.FORBIDDEN') return 'forbidden';
    if (key === 'errors.BANNED') return 'removed';
    return 'other';
  });
  readonly messages = this.messageList.asReadonly();
  readonly pending = this.pendingList.asReadonly();
  readonly online = this.onlineList.asReadonly();
  readonly unreadMarkerSeq = this.marker.asReadonly();
  readonly older = this.olderState.asReadonly();
  readonly hasOlder = this.olderExists.asReadonly();
  /** Per message, the emoji I reacted with (as far as this tab knows). */
  readonly myReactions = this.mine.asReadonly();
  readonly announcements = this.announcementList.asReadonly();
  /** The last edit, deletion or reaction the server refused. */
  readonly actionError = this.actionFailure.asReadonly();
  /** Until when I am muted here (ISO), if I am. */
  readonly mutedUntil = this.mutedUntilState.asReadonly();
  /** My last send a moderation rule refused, until I send again or dismiss it. */
  readonly refusal = this.refusalState.asReadonly();
  /** Moderators and admins see hidden messages and may change the room's settings. */
  readonly moderator = computed(() => canModerate(this.auth.user()?.role));
  readonly connected = this.live.connected;
  /** The thread open beside the timeline: its first message's id, that message when held, and its replies. */
  readonly threadRootId = this.threadRootIdState.asReadonly();
  readonly threadRoot = computed(() => {
    const rootId = this.threadRootIdState();
    return rootId === null ? null : (this.messageList().find((message) => message.id === rootId) ?? null);
  });
  readonly threadMessages = computed(() =>
    threadReplies(this.threadFetched(), this.messageList(), this.threadRootIdState()),
  );
  readonly threadState = this.threadLoad.asReadonly();
  /** The room's pinned messages, newest first (after `loadPins()`). */
  readonly pins = this.pinList.asReadonly();
  readonly pinsState = this.pinLoad.asReadonly();
  readonly myUserId = computed(() => this.auth.user()?.id ?? null);
  /** The names of the others typing right now. */
  readonly typingNames = computed(() => {
    const names = new Map(this.onlineList().map((entry) => [entry.userId, entry.displayName]));
    const result: string[] = [];
    for (const userId of this.typingUntil().keys()) {
      const name = names.get(userId) ?? this.messageList().findLast((m) => m.author.id === userId)?.author.displayName;
      if (name !== undefined) result.push(name);
    }
    return result.sort((a, b) => a.localeCompare(b));
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.close());
  }

  /** Enters a room (leaving the previous one) and keeps it in sync until `close()`. */
  open(roomId: Uuid): void {
    if (this.currentRoomId() === roomId) return;
    this.close();
    this.currentRoomId.set(roomId);
    this.phaseState.set('joining');
    this.unsubscribers = [
      this.live.onConnect(() => void this.join()),
      this.live.on('message:new', ({ message }) => this.onNewMessage(message)),
      this.live.on('message:updated', ({ message }) => this.onChangedMessage(message)),
      this.live.on('message:deleted', ({ message }) => this.onChangedMessage(message)),
      this.live.on('message:hidden', ({ roomId: id, messageId }) => this.onHiddenMessage(id, messageId)),
      this.live.on('presence', ({ roomId: id, online }) => this.onPresence(id, online)),
      this.live.on('typing', ({ roomId: id, userId }) => this.onTyping(id, userId)),
      this.live.on('room:updated', ({ room }) => {
        if (room.id === this.currentRoomId()) this.roomState.set(room);
      }),
      this.live.on('member:muted', ({ roomId: id, userId, until }) => this.onMuted(id, userId, until)),
      this.live.on('member:banned', (event) => this.onBanned(event)),
    ];
    if (this.live.connected()) void this.join();
  }

  /**
   * Called with every answered join, the first and each rejoin, for pages
   * that keep more of the room than its messages (a consultation's
   * questions); returns the way to stop.
   */
  onJoin(listener: (result: RoomJoinResult) => void): () => void {
    this.joinListeners.add(listener);
    return () => this.joinListeners.delete(listener);
  }

  /** Leaves the room and forgets everything about it. */
  close(): void {
    const roomId = this.currentRoomId();
    if (roomId !== null && this.live.connected()) {
      this.live.request('room:leave', { roomId }).catch(() => undefined);
    }
    for (const unsubscribe of this.unsubscribers) unsubscribe();
    this.unsubscribers = [];
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    if (this.typingTimer !== null) clearTimeout(this.typingTimer);
    this.typingTimer = null;
    this.joinTicket += 1;
    this.currentRoomId.set(null);
    this.roomState.set(null);
    this.phaseState.set('idle');
    this.failure.set(null);
    this.messageList.set([]);
    this.pendingList.set([]);
    this.onlineList.set([]);
    this.typingUntil.set(new Map());
    this.marker.set(null);
    this.olderState.set('idle');
    this.olderExists.set(false);
    this.mine.set(new Map());
    this.announcementList.set([]);
    this.actionFailure.set(null);
    this.mutedUntilState.set(null);
    this.slowUntilState.set(null);
    this.refusalState.set(null);
    this.threadRootIdState.set(null);
    this.threadFetched.set([]);
    this.threadLoad.set('idle');
    this.pinList.set([]);
    this.pinLoad.set('idle');
    this.coveredSeq = 0;
    this.targetSeq = 0;
    this.catchingUp = null;
    this.flushing = null;
    this.joinedOnce = false;
    this.readerAtNewest = true;
    this.readSent = 0;
    this.readWanted = 0;
    this.readInFlight = false;
    this.inFlight.clear();
  }

  // ------------------------------------------------------------ sending

  /** Shows the message at once as "sending" and sends it when the room is joined and connected. */
  send(body: string, parentId: Uuid | null = null, mentions: readonly Uuid[] = []): boolean {
    const text = body.trim();
    if (text === '' || text.length > MESSAGE_BODY_MAX_LENGTH || this.currentRoomId() === null) return false;
    this.refusalState.set(null);
    this.pendingList.update((list) =>
      addPending(list, {
        clientMsgId: newClientMsgId(),
        body: text,
        parentId,
        ...(mentions.length > 0 ? { mentions } : {}),
        createdAt: new Date().toISOString(),
      }),
    );
    void this.flushPending();
    return true;
  }

  retry(clientMsgId: string): void {
    this.pendingList.update((list) => retryPending(list, clientMsgId));
    void this.flushPending();
  }

  discard(clientMsgId: string): void {
    this.pendingList.update((list) => settlePending(list, clientMsgId));
  }

  /** The composer took the refused text back, or the writer closed the reason. */
  dismissRefusal(): void {
    this.refusalState.set(null);
  }

  async edit(messageId: Uuid, body: string): Promise<boolean> {
    const text = body.trim();
    if (text === '' || text.length > MESSAGE_BODY_MAX_LENGTH) return false;
    return this.act(() => this.live.request('message:edit', { messageId, body: text }));
  }

  async remove(messageId: Uuid): Promise<boolean> {
    return this.act(() => this.live.request('message:delete', { messageId }));
  }

  async toggleReaction(messageId: Uuid, emoji: string): Promise<boolean> {
    const countWhenPressed = this.messageList().find((m) => m.id === messageId)?.reactions[emoji] ?? 0;
    const wasMine = this.mine().get(messageId)?.has(emoji) ?? false;
    return this.act(
      () => this.live.request('reaction:toggle', { messageId, emoji }),
      (message) => {
        const isMine = reactionIsMineAfterToggle(countWhenPressed, message, emoji, wasMine);
        this.mine.update((all) => {
          const next = new Map(all);
          const set = new Set(next.get(messageId) ?? []);
          if (isMine) set.add(emoji);
          else set.delete(emoji);
          next.set(messageId, set);
          return next;
        });
      },
    );
  }

  /** Pins or unpins a message (for those the server allows); the room hears it as `message:updated`. */
  async pin(messageId: Uuid, pinned: boolean): Promise<boolean> {
    return this.act(() => this.live.request('message:pin', { messageId, pinned }));
  }

  // ------------------------------------------------------------ threads, pins, context

  /** Opens a thread beside the timeline: its replies come over REST, and live ones join them. */
  async openThread(rootId: Uuid): Promise<void> {
    const roomId = this.currentRoomId();
    if (roomId === null) return;
    if (this.threadRootIdState() === rootId && this.threadLoad() !== 'failed') return;
    this.threadRootIdState.set(rootId);
    this.threadFetched.set([]);
    this.threadLoad.set('loading');
    try {
      let afterSeq: number | undefined;
      let fetched: readonly Message[] = [];
      for (let page = 0; page < THREAD_MAX_PAGES; page++) {
        const result = await this.api.messageReplies(roomId, rootId, afterSeq);
        if (roomId !== this.currentRoomId() || rootId !== this.threadRootIdState()) return;
        fetched = mergeMessages(fetched, result.items);
        const next = result.nextCursor === null ? NaN : Number(result.nextCursor);
        if (!Number.isFinite(next)) break;
        afterSeq = next;
      }
      this.threadFetched.set(fetched);
      this.threadLoad.set('ready');
    } catch {
      if (roomId === this.currentRoomId() && rootId === this.threadRootIdState()) this.threadLoad.set('failed');
    }
  }

  closeThread(): void {
    this.threadRootIdState.set(null);
    this.threadFetched.set([]);
    this.threadLoad.set('idle');
  }

  /** Loads the room's pinned messages; later pin changes follow live. */
  async loadPins(): Promise<void> {
    const roomId = this.currentRoomId();
    if (roomId === null || this.pinLoad() === 'loading') return;
    this.pinLoad.set('loading');
    try {
      const page = await this.api.roomPins(roomId);
      if (roomId !== this.currentRoomId()) return;
      this.pinList.set([...page.items].sort((a, b) => b.seq - a.seq));
      this.pinLoad.set('ready');
    } catch {
      if (roomId === this.currentRoomId()) this.pinLoad.set('failed');
    }
  }

  /** The message with this seq, when the loaded window holds it. */
  messageAt(seq: number): Message | null {
    return this.messageList().find((message) => message.seq === seq) ?? null;
  }

  /**
   * Brings the message with this seq into the loaded window, to show it in
   * context: the page around it (`aroundSeq`), then forward until it joins
   * what is loaded, so the list stays complete between it and the newest.
   * Resolves with the message, or null when it is not there (deleted, hidden,
   * too far back, or the room is not open).
   */
  async reveal(seq: number): Promise<Message | null> {
    const roomId = this.currentRoomId();
    if (roomId === null || !(seq > 0)) return null;
    const held = this.messageAt(seq);
    if (held !== null) return held;
    const oldest = this.messageList()[0]?.seq;
    if (oldest === undefined || seq > oldest) return null;
    try {
      const around = await this.api.roomMessages(roomId, { aroundSeq: seq, limit: AROUND_PAGE });
      let gathered = mergeMessages([], around.items);
      let reached = gathered.at(-1)?.seq ?? seq;
      for (let page = 0; page < REVEAL_MAX_PAGES && reached < oldest - 1; page++) {
        const next = await this.api.roomMessages(roomId, { afterSeq: reached, limit: CATCH_UP_PAGE });
        if (roomId !== this.currentRoomId()) return null;
        gathered = mergeMessages(gathered, next.items);
        const last = next.items.at(-1)?.seq;
        if (last === undefined || next.nextCursor === null) {
          reached = Math.max(reached, last ?? reached, oldest - 1);
          break;
        }
        reached = last;
      }
      if (roomId !== this.currentRoomId() || reached < oldest - 1) return null;
      this.messageList.update((list) => mergeMessages(list, gathered));
      this.olderExists.set((this.messageList()[0]?.seq ?? 1) > 1);
      return this.messageAt(seq);
    } catch {
      return null;
    }
  }

  /** The person is writing: tell the others, at most every TYPING_SEND_EVERY_MS. */
  notifyTyping(): void {
    const roomId = this.currentRoomId();
    const now = Date.now();
    if (roomId === null || this.phaseState() !== 'ready' || now - this.lastTypingSentAt < TYPING_SEND_EVERY_MS) return;
    if (!this.live.connected()) return;
    this.lastTypingSentAt = now;
    this.live.request('typing', { roomId }).catch(() => undefined);
  }

  // ------------------------------------------------------------ reading

  /** The reader has seen everything up to `seq` (the newest on screen): move the read cursor. */
  markSeen(seq: number): void {
    this.readWanted = Math.max(this.readWanted, seq);
    void this.sendRead();
  }

  /** Whether the reader is looking at the newest message; a message arriving while they are not gets a marker. */
  setReaderAtNewest(atNewest: boolean): void {
    this.readerAtNewest = atNewest;
    if (atNewest) this.trimWindow();
  }

  /** Pages older history in over REST (the list view calls this near the top). */
  async loadOlder(): Promise<void> {
    const roomId = this.currentRoomId();
    const oldest = this.messageList()[0]?.seq;
    if (roomId === null || oldest === undefined || !this.olderExists() || this.olderState() === 'loading') return;
    this.olderState.set('loading');
    try {
      const page = await this.api.roomMessages(roomId, { beforeSeq: oldest, limit: OLDER_PAGE });
      if (roomId !== this.currentRoomId()) return;
      this.messageList.update((list) => mergeMessages(list, page.items));
      this.olderExists.set(page.nextCursor !== null);
      this.olderState.set('idle');
    } catch {
      if (roomId === this.currentRoomId()) this.olderState.set('failed');
    }
  }

  dismissActionError(): void {
    this.actionFailure.set(null);
  }

  // ------------------------------------------------------------ joining and resync

  private async join(): Promise<void> {
    const roomId = this.currentRoomId();
    if (roomId === null || this.phaseState() === 'failed') return;
    const ticket = ++this.joinTicket;
    const first = !this.joinedOnce;

    // Resend first: the acknowledgements bring my stored messages back before
    // the join lists them, so nothing shows twice (pending and stored).
    if (!first) {
      await this.flushing;
      await this.flushPending();
      if (ticket !== this.joinTicket || !this.live.connected()) return;
    }

    // A group channel's count is known from the group's detail; other rooms' from the rooms list.
    const channelUnread = this.groups.channelUnread(roomId);
    const unreadCount = !first
      ? null
      : channelUnread !== null
        ? Promise.resolve(channelUnread)
        : this.directory.load().then(() => this.directory.summaryOf(roomId)?.unread ?? 0);
    const afterSeq = first ? undefined : this.coveredSeq;
    let result: RoomJoinResult;
    try {
      const ack = await this.live.request('room:join', afterSeq === undefined ? { roomId } : { roomId, afterSeq });
      if (ticket !== this.joinTicket) return;
      if (!ack.ok) {
        // A room id that is not even a UUID is a room that does not exist.
        const code = ack.error.code === 'VALIDATION_FAILED' ? 'NOT_FOUND' : ack.error.code;
        if (first || code === 'FORBIDDEN' || code === 'BANNED' || code === 'NOT_FOUND') {
          this.failure.set(errorMessageForCode(code));
          this.phaseState.set('failed');
        } else {
          this.retryLater(() => this.join());
        }
        return;
      }
      result = ack.data;
    } catch (error) {
      // Offline: the next connection joins again. A time-out while connected: try again shortly.
      if (error instanceof LiveUnavailableError && error.reason === 'timeout') this.retryLater(() => this.join());
      return;
    }

    for (const listener of [...this.joinListeners]) listener(result);
    const previous = this.messageList();
    this.roomState.set(result.room);
    this.onlineList.set(result.online);
    this.messageList.set(mergeMessages(previous, result.messages));
    const newest = result.messages.at(-1)?.seq;
    if (first) {
      this.olderExists.set((result.messages[0]?.seq ?? result.lastSeq + 1) > 1);
      this.coveredSeq = newest ?? result.lastSeq;
    } else {
      this.announceArrivals(previous, this.messageList());
    }
    this.coveredSeq = advanceCovered(Math.max(this.coveredSeq, newest ?? 0), this.messageList());
    this.targetSeq = Math.max(this.targetSeq, result.lastSeq);
    // The join returns at most 500 after afterSeq: page the rest (and any gap seen meanwhile) over REST.
    if (this.coveredSeq < this.targetSeq) void this.catchUp();

    if (first) {
      const count = (await unreadCount) ?? 0;
      if (ticket !== this.joinTicket) return;
      const me = this.myUserId();
      this.marker.set(me === null ? null : unreadMarkerSeq(this.messageList(), count, me));
      this.joinedOnce = true;
    }
    this.phaseState.set('ready');
    if (first) void this.flushPending();
  }

  /** Fetches over REST until the list is complete up to targetSeq; one run at a time. */
  private catchUp(): Promise<void> {
    this.catchingUp ??= this.runCatchUp().finally(() => {
      this.catchingUp = null;
    });
    return this.catchingUp;
  }

  private async runCatchUp(): Promise<void> {
    const roomId = this.currentRoomId();
    if (roomId === null) return;
    try {
      while (this.coveredSeq < this.targetSeq && roomId === this.currentRoomId()) {
        const target = this.targetSeq;
        const page = await this.api.roomMessages(roomId, { afterSeq: this.coveredSeq, limit: CATCH_UP_PAGE });
        if (roomId !== this.currentRoomId()) return;
        const previous = this.messageList();
        this.messageList.set(mergeMessages(previous, page.items));
        this.announceArrivals(previous, this.messageList());
        const last = page.items.at(-1)?.seq ?? this.coveredSeq;
        // With no further page, everything stored when the target was known has come (a missing seq was hidden).
        const reached = page.nextCursor === null ? Math.max(last, target) : last;
        this.coveredSeq = advanceCovered(Math.max(this.coveredSeq, reached), this.messageList());
      }
    } catch (error) {
      if (roomId !== this.currentRoomId()) return;
      // Gone for good (removed from the room): say so; otherwise try again shortly.
      const code = errorCodeOf(error);
      if (code === 'FORBIDDEN' || code === 'NOT_FOUND') {
        this.failure.set(errorMessageFor(error));
        this.phaseState.set('failed');
      } else {
        this.retryLater(() => this.catchUp());
      }
    }
  }

  // ------------------------------------------------------------ the send queue

  /** Sends pending messages one at a time, oldest first, while connected; one run at a time. */
  private flushPending(): Promise<void> {
    if (!this.joinedOnce) return Promise.resolve();
    this.flushing ??= this.runFlush().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async runFlush(): Promise<void> {
    const roomId = this.currentRoomId();
    for (;;) {
      const next = nextToSend(this.pendingList(), this.inFlight);
      if (next === null || roomId === null || roomId !== this.currentRoomId() || !this.live.connected()) return;
      this.inFlight.add(next.clientMsgId);
      try {
        const ack = await this.live.request(
          'message:send',
          {
            roomId,
            body: next.body,
            clientMsgId: next.clientMsgId,
            ...(next.parentId === null ? {} : { parentId: next.parentId }),
            ...(next.mentions === undefined || next.mentions.length === 0 ? {} : { mentions: [...next.mentions] }),
          },
          SEND_TIMEOUT_MS,
        );
        if (roomId !== this.currentRoomId()) return;
        if (ack.ok) {
          // One update of both lists: the pending copy and the stored one never show together.
          this.messageList.update((list) => mergeMessages(list, [ack.data.message]));
          this.pendingList.update((list) => settlePending(list, next.clientMsgId));
          if (this.joinedOnce) this.coveredSeq = advanceCovered(this.coveredSeq, this.messageList());
        } else if (isModerationRefusal(ack.error.code)) {
          this.pendingList.update((list) => settlePending(list, next.clientMsgId));
          this.onRefused(next, ack.error.code, ack.error.retryAfterSeconds);
        } else {
          const failure = errorMessageForCode(ack.error.code, ack.error.retryAfterSeconds);
          this.pendingList.update((list) => failPending(list, next.clientMsgId, failure));
        }
      } catch (error) {
        // Offline: it stays "sending" and goes again, with the same clientMsgId, after reconnecting.
        if (error instanceof LiveUnavailableError && error.reason === 'offline') return;
        this.pendingList.update((list) => failPending(list, next.clientMsgId, { key: 'errors.NETWORK' }));
      } finally {
        this.inFlight.delete(next.clientMsgId);
      }
    }
  }

  // ------------------------------------------------------------ server events

  private onNewMessage(message: Message): void {
    if (message.roomId !== this.currentRoomId()) return;
    const previous = this.messageList();
    this.messageList.set(mergeMessages(previous, [message]));
    this.stopTyping(message.author.id);
    if (this.phaseState() !== 'ready') {
      this.targetSeq = Math.max(this.targetSeq, message.seq);
      return;
    }
    this.announceArrivals(previous, this.messageList());
    const me = this.myUserId();
    if (this.marker() === null && !this.readerAtNewest && me !== null && countsAsUnread(message, me)) {
      if (!previous.some((m) => m.seq === message.seq)) this.marker.set(message.seq);
    }
    if (findGap(this.coveredSeq, message.seq) !== null) {
      this.targetSeq = Math.max(this.targetSeq, message.seq);
      void this.catchUp();
    } else {
      this.coveredSeq = advanceCovered(this.coveredSeq, this.messageList());
    }
    if (this.readerAtNewest) this.trimWindow();
  }

  private onChangedMessage(message: Message): void {
    if (message.roomId !== this.currentRoomId()) return;
    const viewer = this.viewer();
    this.messageList.update((list) => applyChange(list, message, viewer));
    this.applyToSideLists(message);
  }

  /** A changed message also changes the pins, and the open thread's fetched replies. */
  private applyToSideLists(message: Message): void {
    const viewer = this.viewer();
    const visible = !message.hidden || viewer.moderator;
    if (this.pinLoad() === 'ready') {
      this.pinList.update((pins) => (visible ? applyPinChange(pins, message) : removeMessage(pins, message.id)));
    }
    if (message.parentId !== null && message.parentId === this.threadRootIdState()) {
      this.threadFetched.update((list) => applyChange(list, message, viewer));
    }
  }

  private onHiddenMessage(roomId: Uuid, messageId: Uuid): void {
    if (roomId !== this.currentRoomId()) return;
    const viewer = this.viewer();
    this.messageList.update((list) => applyHidden(list, messageId, viewer));
    this.threadFetched.update((list) => applyHidden(list, messageId, viewer));
    if (!viewer.moderator) this.pinList.update((pins) => removeMessage(pins, messageId));
  }

  private viewer(): Viewer {
    return { userId: this.myUserId(), moderator: this.moderator() };
  }

  /** A moderation rule refused my send: give the text back, and take in what the refusal says about the room. */
  private onRefused(pending: PendingMessage, code: Parameters<typeof refusalOutcome>[0], retryAfter?: number): void {
    const outcome = refusalOutcome(code, retryAfter, Date.now());
    this.refusalState.set({ id: ++this.refusalId, body: pending.body, parentId: pending.parentId, error: outcome.message });
    if (outcome.mutedUntil !== undefined) this.setMuted(outcome.mutedUntil);
    if (outcome.locked) this.roomState.update((room) => (room === null ? room : { ...room, locked: true }));
    if (outcome.slowUntil !== undefined) {
      const until = outcome.slowUntil;
      this.slowUntilState.set(until);
      this.later(() => {
        if (this.slowUntilState() !== until) return;
        this.slowUntilState.set(null);
        // The wait is over: the reason no longer holds.
        if (this.refusalState()?.error.key === 'room.refusal.slowModeFor') this.refusalState.set(null);
      }, Date.parse(until) - Date.now());
    }
    if (outcome.removed) this.removeMe();
  }

  private onBanned(event: { roomId: Uuid; userId: Uuid }): void {
    if (bannedMe(event, this.currentRoomId(), this.myUserId())) this.removeMe();
  }

  /** Banned here: the view says so and stops following the room (the server has taken my sockets out). */
  private removeMe(): void {
    for (const unsubscribe of this.unsubscribers) unsubscribe();
    this.unsubscribers = [];
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.joinTicket += 1;
    this.messageList.set([]);
    this.pendingList.set([]);
    this.onlineList.set([]);
    this.typingUntil.set(new Map());
    this.threadFetched.set([]);
    this.pinList.set([]);
    this.failure.set(errorMessageForCode('BANNED'));
    this.phaseState.set('failed');
  }

  private onPresence(roomId: Uuid, online: PresenceEntry[]): void {
    if (roomId !== this.currentRoomId()) return;
    this.onlineList.set(online);
    const here = new Set(online.map((entry) => entry.userId));
    for (const userId of this.typingUntil().keys()) if (!here.has(userId)) this.stopTyping(userId);
  }

  private onTyping(roomId: Uuid, userId: Uuid): void {
    if (roomId !== this.currentRoomId() || userId === this.myUserId()) return;
    this.typingUntil.update((all) => new Map(all).set(userId, Date.now() + TYPING_SHOWN_MS));
    this.scheduleTypingSweep();
  }

  private onMuted(roomId: Uuid, userId: Uuid, until: string): void {
    if (roomId !== this.currentRoomId() || userId !== this.myUserId()) return;
    this.setMuted(until);
  }

  /** Muted until then (a time passed lifts it); the composer opens again by itself when it ends. */
  private setMuted(until: string): void {
    const active = activeMute(until, Date.now());
    this.mutedUntilState.set(active);
    if (active !== null) this.watchMuteEnd(active);
  }

  private watchMuteEnd(until: string): void {
    // Mutes may last 30 days, longer than a browser timer can wait: wake up in steps.
    this.later(
      () => {
        if (this.mutedUntilState() !== until) return;
        if (activeMute(until, Date.now()) !== null) {
          this.watchMuteEnd(until);
          return;
        }
        this.mutedUntilState.set(null);
        if (this.refusalState()?.error.key === 'room.refusal.mutedFor') this.refusalState.set(null);
      },
      Math.min(muteRemainingMs(until, Date.now()), MAX_TIMER_MS),
    );
  }

  // ------------------------------------------------------------ helpers

  /** An edit, deletion or reaction: apply the stored message the server answers with, or keep the reason. */
  private async act(
    request: () => Promise<Ack<{ message: Message }>>,
    then?: (message: Message) => void,
  ): Promise<boolean> {
    this.actionFailure.set(null);
    try {
      const ack = await request();
      if (!ack.ok) {
        this.actionFailure.set(errorMessageForCode(ack.error.code, ack.error.retryAfterSeconds));
        return false;
      }
      this.messageList.update((list) => updateMessage(list, ack.data.message));
      this.applyToSideLists(ack.data.message);
      then?.(ack.data.message);
      return true;
    } catch {
      this.actionFailure.set({ key: 'errors.NETWORK' });
      return false;
    }
  }

  private async sendRead(): Promise<void> {
    const roomId = this.currentRoomId();
    if (roomId === null || this.readInFlight || this.readWanted <= this.readSent || this.phaseState() !== 'ready')
      return;
    const seq = this.readWanted;
    this.readInFlight = true;
    let sent = false;
    try {
      const ack = await this.live.request('room:read', { roomId, seq });
      if (ack.ok) {
        // The server's count holds even when the room was left meanwhile (the lists on home show it).
        this.directory.setUnread(roomId, ack.data.unread, seq);
        this.groups.setUnread(roomId, ack.data.unread, seq, false);
      }
      if (ack.ok && roomId === this.currentRoomId()) {
        this.readSent = seq;
        sent = true;
      }
    } catch {
      // Not now: the next time the reader sees the newest message tries again.
    } finally {
      this.readInFlight = false;
    }
    if (sent && this.readWanted > this.readSent) void this.sendRead();
  }

  /** New messages from others that arrived live or in a resync, for the live region. */
  private announceArrivals(previous: readonly Message[], next: readonly Message[]): void {
    if (next === previous) return;
    const me = this.myUserId();
    const known = new Set(previous.map((message) => message.seq));
    const newestKnown = previous.at(-1)?.seq ?? 0;
    const arrived = next.filter(
      (message) => !known.has(message.seq) && message.seq > newestKnown && message.author.id !== me && !message.deleted,
    );
    if (arrived.length === 0) return;
    const lines: Omit<Announcement, 'id'>[] =
      arrived.length <= ANNOUNCE_EACH_UP_TO
        ? arrived.map((message) => ({
            key: 'room.announce.newMessage',
            params: { name: message.author.displayName, text: excerpt(message.body, ANNOUNCED_TEXT_MAX) },
          }))
        : [{ key: 'room.announce.newMessages', params: { count: arrived.length } }];
    this.announcementList.update((list) =>
      [...list, ...lines.map((line) => ({ ...line, id: ++this.announcementId }))].slice(-5),
    );
  }

  private trimWindow(): void {
    if (this.messageList().length <= WINDOW_MAX) return;
    this.messageList.update((list) => keepNewest(list, WINDOW_KEEP));
    this.olderExists.set(true);
    const oldest = this.messageList()[0]?.seq ?? 0;
    const marker = this.marker();
    if (marker !== null && marker < oldest) this.marker.set(null);
  }

  private stopTyping(userId: Uuid): void {
    if (!this.typingUntil().has(userId)) return;
    this.typingUntil.update((all) => {
      const next = new Map(all);
      next.delete(userId);
      return next;
    });
  }

  private scheduleTypingSweep(): void {
    if (this.typingTimer !== null) return;
    const sweep = () => {
      this.typingTimer = null;
      const now = Date.now();
      const all = this.typingUntil();
      const kept = new Map([...all].filter(([, until]) => until > now));
      if (kept.size !== all.size) this.typingUntil.set(kept);
      if (kept.size > 0) {
        const soonest = Math.min(...kept.values());
        this.typingTimer = setTimeout(sweep, Math.max(50, soonest - now));
      }
    };
    this.typingTimer = setTimeout(sweep, TYPING_SHOWN_MS);
  }

  private retryLater(work: () => Promise<void>): void {
    this.later(() => void work(), RETRY_AFTER_MS);
  }

  private later(work: () => void, delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      work();
    }, delayMs);
    this.timers.add(timer);
  }
}

function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
