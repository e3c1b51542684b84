/**
 * The reusable live room view: messages, who is typing, the composer and a
 * live region for screen readers. Pages feed it from a LiveRoomStore (rooms
 * and working-group channels through StoreLiveRoomComponent, consultations
 * directly); it only renders inputs and emits what the person does. The one
 * thing it keeps itself is which message the person is replying to.
 *
 * Working-group channels switch on `threaded` (replies go to a thread panel
 * beside it: "reply" and the reply count emit `openThread`), pins and
 * @mentions; consultations leave them off and keep inline replies.
 *
 * Moderation reads the page's LiveRoomStore directly, so every host gets it
 * the same without wiring: the live lock, slow mode and my mute (ahead of
 * what the host passes, which may come from a list loaded earlier), a send a
 * moderation rule refused (its text back in the box, the reason beside it),
 * the notice that I was removed from the room, and for moderators the room
 * settings menu.
 */
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked, viewChild } from '@angular/core';
import type { Message, Uuid } from '@klasteris/contracts';

import type { ErrorMessage } from '../../core/api/api-error';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LocalDateTimePipe } from '../../core/i18n/local-date-time.pipe';
import { type Announcement, LiveRoomStore, type OlderState } from '../../core/live/room/live-room.store';
import type { MentionCandidate } from '../../core/live/room/mentions';
import type { PendingMessage } from '../../core/live/room/room-timeline';
import { LiveAnnouncerComponent } from './live-announcer.component';
import { type ComposedMessage, MessageComposerComponent } from './message-composer.component';
import {
  type EditEvent,
  MessageListComponent,
  type PinEvent,
  type ReactionChoiceEvent,
} from './message-list.component';
import { RoomSettingsMenuComponent } from './room-settings-menu.component';
import { TypingIndicatorComponent } from './typing-indicator.component';

export interface SendEvent {
  body: string;
  parentId: Uuid | null;
  /** The people the message @mentions. */
  mentions: Uuid[];
}

@Component({
  selector: 'kl-live-room',
  imports: [
    TranslatePipe,
    LocalDateTimePipe,
    RoomSettingsMenuComponent,
    MessageListComponent,
    TypingIndicatorComponent,
    MessageComposerComponent,
    LiveAnnouncerComponent,
  ],
  template: `
    @if (removed()) {
      <section class="removed" role="alert" data-testid="room-removed">
        <h2>{{ 'room.removed.title' | t }}</h2>
        <p>{{ 'room.removed.text' | t }}</p>
      </section>
    } @else {
    @if (moderatedRoom(); as room) {
      <kl-room-settings-menu class="settings" [room]="room" />
    }
    <kl-message-list
      class="list"
      [label]="label()"
      [messages]="messages()"
      [pending]="pending()"
      [myUserId]="myUserId()"
      [unreadMarkerSeq]="unreadMarkerSeq()"
      [hasOlder]="hasOlder()"
      [olderState]="olderState()"
      [myReactions]="myReactions()"
      [connected]="connected()"
      [ready]="ready()"
      [threaded]="threaded()"
      [canPin]="canPin()"
      [moderator]="store?.moderator() ?? false"
      [highlightSeq]="highlightSeq()"
      (loadOlder)="loadOlder.emit()"
      (seen)="seen.emit($event)"
      (atNewestChange)="atNewestChange.emit($event)"
      (reply)="startReply($event)"
      (react)="react.emit($event)"
      (edit)="edit.emit($event)"
      (remove)="remove.emit($event)"
      (retry)="retry.emit($event)"
      (discard)="discard.emit($event)"
      (openThread)="openThread.emit($event)"
      (pin)="pin.emit($event)"
    />
    @if (actionError(); as failure) {
      <p class="error" role="alert" data-testid="room-action-error">
        <span>{{ failure.key | t: failure.params }}</span>
        <button type="button" class="dismiss" (click)="dismissError.emit()">{{ 'room.dismiss' | t }}</button>
      </p>
    }
    <kl-typing-indicator [names]="typingNames()" />
    @let muted = mutedUntil();
    @let ownReason =
      roomLocked()
        ? ('room.locked' | t)
        : muted
          ? ('room.mutedUntil' | t: { time: muted | localDateTime: 'time' })
          : null;
    @let slow = slowModeSeconds();
    <kl-message-composer
      [disabledReason]="ownReason ?? disabledReason()"
      [notice]="connected() && slow > 0 ? ('room.slowMode' | t: { seconds: slow }) : notice()"
      [refusal]="mainRefusal()"
      [replyingTo]="replyingTo()"
      [mentionCandidates]="mentionCandidates()"
      [myUserId]="myUserId()"
      (send)="onSend($event)"
      (typing)="typing.emit()"
      (cancelReply)="replyingTo.set(null)"
      (dismissRefusal)="store?.dismissRefusal()"
    />
    }
    <kl-live-announcer [announcements]="announcements()" />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      min-height: 0;
    }
    .list {
      flex: 1;
    }
    .removed {
      padding: 1rem;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .removed h2 {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-medium);
    }
    .removed p {
      margin: 0;
    }
    .error {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin: 0;
      padding: 0.5rem 0.75rem;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-body-medium);
    }
    .dismiss {
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      text-decoration: underline;
      cursor: pointer;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LiveRoomComponent {
  /** The accessible name of the message region ("Messages in Cluster café"). */
  readonly label = input.required<string>();
  readonly messages = input.required<readonly Message[]>();
  readonly pending = input<readonly PendingMessage[]>([]);
  readonly myUserId = input<Uuid | null>(null);
  readonly unreadMarkerSeq = input<number | null>(null);
  readonly hasOlder = input(false);
  readonly olderState = input<OlderState>('idle');
  readonly myReactions = input<ReadonlyMap<Uuid, ReadonlySet<string>>>(new Map());
  readonly typingNames = input<readonly string[]>([]);
  readonly announcements = input<readonly Announcement[]>([]);
  readonly connected = input(true);
  readonly ready = input(false);
  /** Why nothing can be sent (translated), or null. */
  readonly disabledReason = input<string | null>(null);
  /** What to know before writing (translated), or null. */
  readonly notice = input<string | null>(null);
  readonly actionError = input<ErrorMessage | null>(null);
  /** Replies live in a thread panel beside the view (working groups). */
  readonly threaded = input(false);
  readonly canPin = input(false);
  /** A message to show in context (a search hit). */
  readonly highlightSeq = input<number | null>(null);
  /** Who may be @mentioned (a group's members). */
  readonly mentionCandidates = input<readonly MentionCandidate[]>([]);

  readonly send = output<SendEvent>();
  readonly typing = output();
  readonly loadOlder = output();
  readonly seen = output<number>();
  readonly atNewestChange = output<boolean>();
  readonly react = output<ReactionChoiceEvent>();
  readonly edit = output<EditEvent>();
  readonly remove = output<Uuid>();
  readonly retry = output<string>();
  readonly discard = output<string>();
  readonly dismissError = output();
  readonly openThread = output<Message>();
  readonly pin = output<PinEvent>();

  protected readonly replyingTo = signal<Message | null>(null);
  private readonly composer = viewChild(MessageComposerComponent);

  protected readonly store = inject(LiveRoomStore, { optional: true });
  protected readonly removed = computed(() => this.store?.errorKind() === 'removed');
  protected readonly roomLocked = computed(() => this.store?.room()?.locked ?? false);
  protected readonly slowModeSeconds = computed(() => this.store?.room()?.slowModeSeconds ?? 0);
  protected readonly mutedUntil = computed(() => this.store?.mutedUntil() ?? null);
  protected readonly moderatedRoom = computed(() => (this.store?.moderator() ? this.store.room() : null));
  /** A refused send of a message here (not a reply in the thread panel, which shows its own). */
  private readonly refused = computed(() => {
    const refusal = this.store?.refusal() ?? null;
    return refusal !== null && (refusal.parentId === null || !this.threaded()) ? refusal : null;
  });
  protected readonly mainRefusal = computed(() => this.refused()?.error ?? null);

  constructor() {
    let restoredId = 0;
    effect(() => {
      const refusal = this.refused();
      const composer = this.composer();
      if (refusal === null || composer === undefined || refusal.id === restoredId) return;
      restoredId = refusal.id;
      untracked(() => composer.restore(refusal.body));
    });
  }

  protected startReply(message: Message): void {
    this.replyingTo.set(message);
    this.composer()?.focus();
  }

  /** Puts focus in the composer (after closing a panel, for instance). */
  focusComposer(): void {
    this.composer()?.focus();
  }

  protected onSend({ body, mentions }: ComposedMessage): void {
    const parent = this.replyingTo();
    // Replies hang off the thread's first message (the server would move them there anyway).
    this.send.emit({ body, parentId: parent === null ? null : (parent.parentId ?? parent.id), mentions });
    this.replyingTo.set(null);
  }
}
