/**
 * One thread beside the timeline: its first message, the replies (oldest
 * first, arriving live), my replies still on their way, and a composer that
 * replies in the thread (with @mentions). Focus moves to the panel's heading
 * when it opens; Escape or the close button closes it, and the page puts
 * focus back where the person was. While the reader is at the end of the
 * thread, new replies keep it there. Presentational: it emits what they do;
 * like the room view, it reads the page's LiveRoomStore for the live lock
 * and mute and for a reply a moderation rule refused (text back in the box).
 */
import {
  afterNextRender,
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  ElementRef,
  input,
  output,
  untracked,
  viewChild,
} from '@angular/core';
import type { Message, Uuid } from '@klasteris/contracts';

import type { ErrorMessage } from '../../core/api/api-error';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LocalDateTimePipe } from '../../core/i18n/local-date-time.pipe';
import { LiveRoomStore, type SideListState } from '../../core/live/room/live-room.store';
import type { MentionCandidate } from '../../core/live/room/mentions';
import type { PendingMessage } from '../../core/live/room/room-timeline';
import { type ComposedMessage, MessageComposerComponent } from './message-composer.component';
import { MessageItemComponent } from './message-item.component';
import type { EditEvent, PinEvent, ReactionChoiceEvent } from './message-list.component';

@Component({
  selector: 'kl-thread-panel',
  imports: [TranslatePipe, LocalDateTimePipe, MessageItemComponent, MessageComposerComponent],
  template: `
    <header class="head">
      <h2 #heading class="title" tabindex="-1" data-testid="thread-heading">
        {{ 'room.thread.heading' | t }}
      </h2>
      <button type="button" class="close" data-testid="thread-close" (click)="closed.emit()">
        {{ 'room.thread.close' | t }}
      </button>
    </header>
    <div
      #body
      class="body"
      role="region"
      tabindex="0"
      data-testid="thread"
      [attr.aria-label]="'room.thread.label' | t"
      (scroll)="onScroll()"
    >
      @if (root(); as message) {
        <kl-message-item
          class="root"
          [message]="message"
          [mine]="message.author.id === myUserId()"
          [myReactions]="reactionsOf(message.id)"
          [actionsDisabled]="!connected()"
          [threaded]="true"
          [canPin]="canPin()"
          [myUserId]="myUserId()"
          [moderator]="store?.moderator() ?? false"
          [replyCount]="0"
          (reply)="focusComposer()"
          (react)="react.emit({ messageId: message.id, emoji: $event })"
          (edit)="edit.emit({ messageId: message.id, body: $event })"
          (remove)="remove.emit(message.id)"
          (pin)="pin.emit({ messageId: message.id, pinned: $event })"
        />
      }
      <p class="count">{{ 'room.message.replies' | t: { count: replies().length } }}</p>
      @switch (state()) {
        @case ('loading') {
          <p class="quiet" role="status">{{ 'room.thread.loading' | t }}</p>
        }
        @case ('failed') {
          <p class="quiet" role="alert">{{ 'room.thread.failed' | t }}</p>
        }
      }
      <ol class="replies" data-testid="thread-replies">
        @for (reply of replies(); track reply.id) {
          <li>
            <kl-message-item
              [message]="reply"
              [mine]="reply.author.id === myUserId()"
              [myReactions]="reactionsOf(reply.id)"
              [actionsDisabled]="!connected()"
              [threaded]="true"
              [highlighted]="reply.seq === highlightSeq()"
              [myUserId]="myUserId()"
              [moderator]="store?.moderator() ?? false"
              (reply)="focusComposer()"
              (react)="react.emit({ messageId: reply.id, emoji: $event })"
              (edit)="edit.emit({ messageId: reply.id, body: $event })"
              (remove)="remove.emit(reply.id)"
            />
          </li>
        }
        @for (entry of pending(); track entry.clientMsgId) {
          <li class="pending" data-testid="pending-message" [attr.data-state]="entry.state">
            <p class="text">{{ entry.body }}</p>
            @if (entry.state === 'sending') {
              <p class="quiet">{{ (connected() ? 'room.message.sending' : 'room.message.waiting') | t }}</p>
            } @else {
              <p class="failed" role="alert">
                {{
                  'room.message.failed' | t: { reason: entry.error ? (entry.error.key | t: entry.error.params) : '' }
                }}
              </p>
              <button type="button" class="plain" (click)="retry.emit(entry.clientMsgId)">
                {{ 'room.message.retry' | t }}
              </button>
              <button type="button" class="plain" (click)="discard.emit(entry.clientMsgId)">
                {{ 'room.message.discard' | t }}
              </button>
            }
          </li>
        }
      </ol>
    </div>
    @if (actionError(); as failure) {
      <p class="error" role="alert">{{ failure.key | t: failure.params }}</p>
    }
    @let muted = store?.mutedUntil() ?? null;
    @let ownReason =
      store?.room()?.locked
        ? ('room.locked' | t)
        : muted
          ? ('room.mutedUntil' | t: { time: muted | localDateTime: 'time' })
          : null;
    <kl-message-composer
      data-testid="thread-composer"
      [label]="'room.thread.composerLabel' | t"
      [disabledReason]="ownReason ?? disabledReason()"
      [refusal]="refused()?.error ?? null"
      (dismissRefusal)="store?.dismissRefusal()"
      [mentionCandidates]="mentionCandidates()"
      [myUserId]="myUserId()"
      (send)="onSend($event)"
      (typing)="typing.emit()"
    />
  `,
  styleUrl: './thread-panel.component.scss',
  host: { '(keydown.escape)': 'onEscape($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThreadPanelComponent {
  readonly root = input<Message | null>(null);
  readonly replies = input<readonly Message[]>([]);
  /** My replies in this thread not yet stored. */
  readonly pending = input<readonly PendingMessage[]>([]);
  readonly state = input<SideListState>('idle');
  readonly myUserId = input<Uuid | null>(null);
  readonly myReactions = input<ReadonlyMap<Uuid, ReadonlySet<string>>>(new Map());
  readonly connected = input(true);
  readonly canPin = input(false);
  readonly highlightSeq = input<number | null>(null);
  readonly mentionCandidates = input<readonly MentionCandidate[]>([]);
  readonly disabledReason = input<string | null>(null);
  readonly actionError = input<ErrorMessage | null>(null);
  /** Changes when another thread opens, to move focus to the heading again. */
  readonly rootId = input<Uuid | null>(null);

  readonly send = output<ComposedMessage>();
  readonly typing = output();
  readonly closed = output();
  readonly react = output<ReactionChoiceEvent>();
  readonly edit = output<EditEvent>();
  readonly remove = output<Uuid>();
  readonly pin = output<PinEvent>();
  readonly retry = output<string>();
  readonly discard = output<string>();

  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly body = viewChild.required<ElementRef<HTMLElement>>('body');
  /** The reader is at the end of the thread: new replies keep them there. */
  private atEnd = true;
  private revealed: number | null = null;
  private readonly composer = viewChild.required(MessageComposerComponent);
  private static readonly noReactions: ReadonlySet<string> = new Set();

  protected readonly store = inject(LiveRoomStore, { optional: true });
  protected readonly refused = computed(() => {
    const refusal = this.store?.refusal() ?? null;
    return refusal !== null && refusal.parentId !== null && refusal.parentId === this.rootId() ? refusal : null;
  });

  constructor() {
    let restoredId = 0;
    effect(() => {
      const refusal = this.refused();
      if (refusal === null || refusal.id === restoredId) return;
      restoredId = refusal.id;
      untracked(() => this.composer().restore(refusal.body));
    });
    afterNextRender(() => this.heading().nativeElement.focus());
    afterRenderEffect(() => {
      this.replies();
      this.pending();
      const highlight = this.highlightSeq();
      const body = this.body().nativeElement;
      // A reply asked for in context (a search hit, a mention's link): shown and focused once.
      const target =
        highlight !== null && highlight !== this.revealed
          ? body.querySelector<HTMLElement>(`article[data-seq="${highlight}"]`)
          : null;
      if (target !== null) {
        this.revealed = highlight;
        this.atEnd = false;
        target.scrollIntoView({ block: 'center' });
        target.focus({ preventScroll: true });
      } else if (this.atEnd) {
        body.scrollTop = body.scrollHeight;
      }
    });
    let first = true;
    effect(() => {
      this.rootId();
      if (first) {
        first = false;
        return;
      }
      untracked(() => setTimeout(() => this.heading().nativeElement.focus()));
    });
  }

  focusComposer(): void {
    this.composer().focus();
  }

  protected onScroll(): void {
    const body = this.body().nativeElement;
    this.atEnd = body.scrollHeight - body.scrollTop - body.clientHeight <= 48;
  }

  protected reactionsOf(messageId: Uuid): ReadonlySet<string> {
    return this.myReactions().get(messageId) ?? ThreadPanelComponent.noReactions;
  }

  protected onSend(message: ComposedMessage): void {
    this.send.emit(message);
  }

  protected onEscape(event: Event): void {
    // Escape inside the composer's mention list or an edit closes that first.
    if (event.defaultPrevented) return;
    const target = event.target;
    if (target instanceof HTMLTextAreaElement && target.value !== '') return;
    this.closed.emit();
  }
}
