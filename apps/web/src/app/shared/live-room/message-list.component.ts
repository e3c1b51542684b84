/**
 * The messages of a room, oldest at the top, in a scrolling region that
 * stays pinned to the newest message while the reader is there and does not
 * move while they read older ones, even as messages arrive, older pages are
 * put in above, or messages change height.
 *
 * Why no CDK virtual scroll: its only stable strategy needs a fixed item
 * height, and messages vary from one line to a page. Instead the list is a
 * bounded window (the room store keeps at most a few hundred messages and
 * pages older ones in over REST near the top), and each message is
 * `content-visibility: auto`, so the browser skips layout and paint of those
 * off screen. The position is kept by hand against the first visible
 * message, the same in every browser (CSS scroll anchoring is switched off:
 * Safari lacks it, and in Chromium its adjustments fire scroll events that
 * look like the reader scrolling away from the newest message).
 *
 * In a threaded room (working-group channels) only the first message of each
 * thread is listed; its reply count opens the thread. A message asked for in
 * context (`highlightSeq`) is scrolled into view, marked and focused.
 */
import {
  afterNextRender,
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import type { Message, Uuid } from '@klasteris/contracts';

import { LocalDateTimePipe } from '../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import type { OlderState } from '../../core/live/room/live-room.store';
import type { PendingMessage } from '../../core/live/room/room-timeline';
import { markerInTimeline, pendingIn, timelineRoots } from '../../core/live/room/threads';
import { MessageItemComponent } from './message-item.component';

/** Within this many pixels of the bottom, the reader is "at the newest". */
const PINNED_WITHIN_PX = 48;
/** Older messages are fetched when the reader comes this close to the top. */
const LOAD_OLDER_WITHIN_PX = 400;

interface Anchor {
  seq: number;
  /** Its top, relative to the top of the scrolling region. */
  offset: number;
}

export interface ReactionChoiceEvent {
  messageId: Uuid;
  emoji: string;
}

export interface EditEvent {
  messageId: Uuid;
  body: string;
}

export interface PinEvent {
  messageId: Uuid;
  pinned: boolean;
}

@Component({
  selector: 'kl-message-list',
  imports: [TranslatePipe, LocalDateTimePipe, MessageItemComponent],
  templateUrl: './message-list.component.html',
  styleUrl: './message-list.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessageListComponent {
  readonly messages = input.required<readonly Message[]>();
  readonly pending = input<readonly PendingMessage[]>([]);
  /** The accessible name of the scrolling region. */
  readonly label = input.required<string>();
  readonly myUserId = input<Uuid | null>(null);
  readonly unreadMarkerSeq = input<number | null>(null);
  readonly hasOlder = input(false);
  readonly olderState = input<OlderState>('idle');
  readonly myReactions = input<ReadonlyMap<Uuid, ReadonlySet<string>>>(new Map());
  readonly connected = input(true);
  /** False until the first join is answered: nothing is shown (or scrolled) before. */
  readonly ready = input(false);
  /** Replies are shown in a thread panel, not here. */
  readonly threaded = input(false);
  readonly canPin = input(false);
  /** The reader moderates (hides and restores messages from their menu). */
  readonly moderator = input(false);
  /** A message to show in context: scrolled into view, marked and focused once it is loaded. */
  readonly highlightSeq = input<number | null>(null);

  readonly loadOlder = output();
  /** The reader has seen the newest message, with this seq. */
  readonly seen = output<number>();
  readonly atNewestChange = output<boolean>();
  readonly reply = output<Message>();
  readonly react = output<ReactionChoiceEvent>();
  readonly edit = output<EditEvent>();
  readonly remove = output<Uuid>();
  readonly retry = output<string>();
  readonly discard = output<string>();
  readonly openThread = output<Message>();
  readonly pin = output<PinEvent>();

  private readonly scroller = viewChild.required<ElementRef<HTMLElement>>('scroller');
  private readonly content = viewChild.required<ElementRef<HTMLElement>>('content');
  private readonly destroyRef = inject(DestroyRef);

  protected readonly atNewest = signal(true);
  /** What the parent was last told through `atNewestChange`. */
  private announcedAtNewest = true;
  /** The scroll position the reader's position (anchor, at newest) was last taken at. */
  private notedScrollTop: number | null = null;
  private readonly seenSeq = signal(0);
  private anchor: Anchor | null = null;
  private positioned = false;
  private revealedSeq: number | null = null;

  private static readonly noReactions: ReadonlySet<string> = new Set();

  /** The messages listed here: all of them, or in a threaded room the first of each thread. */
  private readonly shown = computed(() => (this.threaded() ? timelineRoots(this.messages()) : this.messages()));
  protected readonly shownPending = computed(() => (this.threaded() ? pendingIn(this.pending(), null) : this.pending()));
  protected readonly markerSeq = computed(() => markerInTimeline(this.shown(), this.unreadMarkerSeq()));
  protected readonly rows = computed(() => {
    const all = this.messages();
    const messages = this.shown();
    const byId = new Map(all.map((message) => [message.id, message]));
    const me = this.myUserId();
    return messages.map((message, index) => ({
      message,
      previous: messages[index - 1] ?? null,
      parent: message.parentId === null ? null : (byId.get(message.parentId) ?? null),
      // The server's count: replies may be outside the loaded window (never counted here).
      replies: message.replyCount,
      mine: message.author.id === me,
    }));
  });
  /** Messages from others below what the reader has seen. */
  protected readonly unseen = computed(() => {
    const seen = this.seenSeq();
    const me = this.myUserId();
    return this.shown().filter((m) => m.seq > seen && m.author.id !== me && !m.deleted).length;
  });

  constructor() {
    // Component effects run before this component's template takes the change in. A scroll
    // whose event has not fired yet (it fires on the next frame) is noted here, from the DOM
    // as the reader still sees it; otherwise keepPosition would restore where they were
    // before that scroll.
    effect(() => {
      this.messages();
      this.pending();
      untracked(() => this.catchUpWithScroll());
    });
    afterRenderEffect(() => {
      this.messages();
      this.pending();
      const ready = this.ready();
      untracked(() => {
        // Not ready again: another room is being joined in this same view (a page that switches channels).
        if (!ready && this.positioned) this.resetPosition();
        this.keepPosition();
      });
    });
    afterRenderEffect(() => {
      const seq = this.highlightSeq();
      this.messages();
      if (this.ready()) untracked(() => this.revealHighlighted(seq));
    });
    afterNextRender(() => {
      const scroller = this.scroller().nativeElement;
      const onScroll = () => this.onScroll();
      const onVisibility = () => this.reportSeen();
      scroller.addEventListener('scroll', onScroll, { passive: true });
      document.addEventListener('visibilitychange', onVisibility);
      // Heights change without Angular knowing: messages rendered on first sight, edits, a taller composer.
      const resize = new ResizeObserver(() => this.keepPosition());
      resize.observe(scroller);
      resize.observe(this.content().nativeElement);
      this.destroyRef.onDestroy(() => {
        scroller.removeEventListener('scroll', onScroll);
        document.removeEventListener('visibilitychange', onVisibility);
        resize.disconnect();
      });
    });
  }

  protected reactionsOf(messageId: Uuid): ReadonlySet<string> {
    return this.myReactions().get(messageId) ?? MessageListComponent.noReactions;
  }

  protected jumpToNewest(): void {
    const scroller = this.scroller().nativeElement;
    scroller.scrollTop = scroller.scrollHeight;
    this.setAtNewest(true);
    this.reportSeen();
    // The button goes away: put focus on the newest message rather than lose it.
    this.lastArticle()?.focus({ preventScroll: true });
  }

  protected showMessage(messageId: Uuid): void {
    const article = this.scroller().nativeElement.querySelector<HTMLElement>(`[data-id="${CSS.escape(messageId)}"]`);
    if (!article) return;
    article.scrollIntoView({ block: 'center' });
    article.focus({ preventScroll: true });
  }

  /** Forgets the previous room's position and what was seen there. */
  private resetPosition(): void {
    this.positioned = false;
    this.anchor = null;
    this.notedScrollTop = null;
    this.revealedSeq = null;
    this.seenSeq.set(0);
    this.setAtNewest(true);
  }

  /** Brings the message asked for into view once, when it is there, and puts focus on it. */
  private revealHighlighted(seq: number | null): void {
    if (seq === null) {
      this.revealedSeq = null;
      return;
    }
    if (seq === this.revealedSeq || !this.positioned) return;
    const article = this.scroller().nativeElement.querySelector<HTMLElement>(`article[data-seq="${seq}"]`);
    if (!article) return;
    this.revealedSeq = seq;
    article.scrollIntoView({ block: 'center' });
    article.focus({ preventScroll: true });
    this.onScroll();
  }

  /** Page Down / Page Up move between messages (the feed pattern), as well as scrolling. */
  protected onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
    const target = event.target;
    if (!(target instanceof HTMLElement) || target.dataset['testid'] !== 'message') return;
    const articles = [...this.scroller().nativeElement.querySelectorAll<HTMLElement>('article[data-seq]')];
    const next = articles[articles.indexOf(target) + (event.key === 'PageDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  private lastArticle(): HTMLElement | null {
    const articles = this.scroller().nativeElement.querySelectorAll<HTMLElement>('article[data-seq]');
    return articles.item(articles.length - 1);
  }

  private onScroll(): void {
    const scroller = this.scroller().nativeElement;
    this.notePosition(scroller);
    this.announceAtNewest();
    if (scroller.scrollTop < LOAD_OLDER_WITHIN_PX && this.hasOlder() && this.olderState() === 'idle') {
      this.loadOlder.emit();
    }
    this.reportSeen();
  }

  private catchUpWithScroll(): void {
    // Not positioned yet: the view (and its scroller) may not even exist.
    if (!this.positioned) return;
    const scroller = this.scroller().nativeElement;
    if (scroller.scrollTop === this.notedScrollTop) return;
    // Only noted: telling the parent (or loading older messages) waits for the scroll event.
    this.notePosition(scroller);
  }

  /** Where the reader is: at the newest message, or reading with the first visible message as anchor. */
  private notePosition(scroller: HTMLElement): void {
    const atNewest = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight <= PINNED_WITHIN_PX;
    this.atNewest.set(atNewest);
    this.anchor = atNewest ? null : this.findAnchor();
    this.notedScrollTop = scroller.scrollTop;
  }

  /** After anything changed: stay at the newest, or keep the first visible message where it was. */
  private keepPosition(): void {
    const scroller = this.scroller().nativeElement;
    if (!this.positioned) {
      if (!this.ready()) return;
      this.positioned = true;
      // Start at the first unread message when there is one, otherwise at the newest.
      const marker = scroller.querySelector<HTMLElement>('[data-unread-marker]');
      if (marker) scroller.scrollTop += marker.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 8;
      else scroller.scrollTop = scroller.scrollHeight;
      this.onScroll();
      return;
    }
    if (this.atNewest()) {
      scroller.scrollTop = scroller.scrollHeight;
    } else if (this.anchor !== null) {
      const element = scroller.querySelector<HTMLElement>(`[data-seq="${this.anchor.seq}"]`);
      if (element) {
        const offset = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
        const drift = offset - this.anchor.offset;
        if (Math.abs(drift) >= 1) scroller.scrollTop += drift;
      }
    }
    this.reportSeen();
  }

  /** The first message whose bottom is below the top of the region, by binary search. */
  private findAnchor(): Anchor | null {
    const scroller = this.scroller().nativeElement;
    const items = scroller.querySelectorAll<HTMLElement>('article[data-seq]');
    const top = scroller.getBoundingClientRect().top;
    let low = 0;
    let high = items.length - 1;
    let found: HTMLElement | null = null;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const item = items.item(middle);
      if (item.getBoundingClientRect().bottom > top) {
        found = item;
        high = middle - 1;
      } else {
        low = middle + 1;
      }
    }
    if (found === null) return null;
    return { seq: Number(found.dataset['seq']), offset: found.getBoundingClientRect().top - top };
  }

  private setAtNewest(atNewest: boolean): void {
    this.atNewest.set(atNewest);
    this.announceAtNewest();
  }

  private announceAtNewest(): void {
    const atNewest = this.atNewest();
    if (atNewest === this.announcedAtNewest) return;
    this.announcedAtNewest = atNewest;
    this.atNewestChange.emit(atNewest);
  }

  private reportSeen(): void {
    if (!this.positioned || !this.atNewest() || document.visibilityState !== 'visible') return;
    const newest = this.messages().at(-1)?.seq ?? 0;
    if (newest > this.seenSeq()) {
      this.seenSeq.set(newest);
      this.seen.emit(newest);
    }
  }
}
