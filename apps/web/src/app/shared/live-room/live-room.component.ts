/**
 * The reusable live room view: messages, who is typing, the composer and a
 * live region for screen readers. Working-group channels and consultations
 * put it on their pages and feed it from a LiveRoomStore; it only renders
 * inputs and emits what the person does. The one thing it keeps itself is
 * which message the person is replying to.
 *
 * Working-group channels switch on `threaded` (replies go to a thread panel
 * beside it: "reply" and the reply count emit `openThread`), pins and
 * @mentions; consultations leave them off and keep inline replies.
 */
import { ChangeDetectionStrategy, Component, input, output, signal, viewChild } from '@angular/core';
import type { Message, Uuid } from '@klasteris/contracts';

import type { ErrorMessage } from '../../core/api/api-error';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import type { Announcement, OlderState } from '../../core/live/room/live-room.store';
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
    MessageListComponent,
    TypingIndicatorComponent,
    MessageComposerComponent,
    LiveAnnouncerComponent,
  ],
  template: `
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
    <kl-message-composer
      [disabledReason]="disabledReason()"
      [notice]="notice()"
      [replyingTo]="replyingTo()"
      [mentionCandidates]="mentionCandidates()"
      [myUserId]="myUserId()"
      (send)="onSend($event)"
      (typing)="typing.emit()"
      (cancelReply)="replyingTo.set(null)"
    />
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
  private readonly composer = viewChild.required(MessageComposerComponent);

  protected startReply(message: Message): void {
    this.replyingTo.set(message);
    this.composer().focus();
  }

  /** Puts focus in the composer (after closing a panel, for instance). */
  focusComposer(): void {
    this.composer().focus();
  }

  protected onSend({ body, mentions }: ComposedMessage): void {
    const parent = this.replyingTo();
    // Replies hang off the thread's first message (the server would move them there anyway).
    this.send.emit({ body, parentId: parent === null ? null : (parent.parentId ?? parent.id), mentions });
    this.replyingTo.set(null);
  }
}
