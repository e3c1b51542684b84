/**
 * The live room view wired to the page's LiveRoomStore: the timeline, typing,
 * announcements and the connection come from the store, and what the person
 * does goes back to it. The page adds only what is its own: the room as it
 * knows it and, in a working group, threads, pins, @mentions and a message to
 * show in context.
 *
 * The room the page gives may be ahead of the store: a working group's
 * channel list says a channel is locked or slow before the room is joined.
 * Once it is, the view follows the live lock, slow mode and mute itself.
 */
import { ChangeDetectionStrategy, Component, inject, input, output, viewChild } from '@angular/core';
import type { Message, Room } from '@klasteris/contracts';

import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LiveRoomStore } from '../../core/live/room/live-room.store';
import type { MentionCandidate } from '../../core/live/room/mentions';
import { LiveRoomComponent, type SendEvent } from './live-room.component';
import { messageActionsOn } from './message-actions';

@Component({
  selector: 'kl-store-live-room',
  imports: [TranslatePipe, LiveRoomComponent],
  template: `
    @let known = room();
    <kl-live-room
      [label]="'room.messagesLabel' | t: { room: known?.name ?? '' }"
      [messages]="store.messages()"
      [pending]="store.pending()"
      [myUserId]="store.myUserId()"
      [unreadMarkerSeq]="store.unreadMarkerSeq()"
      [hasOlder]="store.hasOlder()"
      [olderState]="store.older()"
      [myReactions]="store.myReactions()"
      [typingNames]="store.typingNames()"
      [announcements]="store.announcements()"
      [connected]="store.connected()"
      [ready]="store.phase() === 'ready'"
      [threaded]="threaded()"
      [canPin]="canPin()"
      [highlightSeq]="highlightSeq()"
      [mentionCandidates]="mentionCandidates()"
      [disabledReason]="known?.locked ? ('room.locked' | t) : null"
      [notice]="
        !store.connected()
          ? ('room.offline' | t)
          : known && known.slowModeSeconds > 0
            ? ('room.slowMode' | t: { seconds: known.slowModeSeconds })
            : null
      "
      [actionError]="threadOpen() ? null : store.actionError()"
      (send)="send($event)"
      (typing)="store.notifyTyping()"
      (loadOlder)="store.loadOlder()"
      (seen)="store.markSeen($event)"
      (atNewestChange)="store.setReaderAtNewest($event)"
      (react)="messageActions.react($event)"
      (edit)="messageActions.edit($event)"
      (remove)="messageActions.remove($event)"
      (retry)="store.retry($event)"
      (discard)="store.discard($event)"
      (dismissError)="store.dismissActionError()"
      (openThread)="openThread.emit($event)"
      (pin)="messageActions.pin($event)"
    />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
    }
    kl-live-room {
      flex: 1;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StoreLiveRoomComponent {
  /** The room as the page knows it (its name, lock and slow mode), or null until it does. */
  readonly room = input.required<Room | null>();
  /** Replies live in a thread panel beside the view (working groups). */
  readonly threaded = input(false);
  readonly canPin = input(false);
  /** A message to show in context (a search hit). */
  readonly highlightSeq = input<number | null>(null);
  /** Who may be @mentioned (a group's members). */
  readonly mentionCandidates = input<readonly MentionCandidate[]>([]);
  /** A thread panel is open: it shows the store's action errors, so this view does not. */
  readonly threadOpen = input(false);

  readonly openThread = output<Message>();

  protected readonly store = inject(LiveRoomStore);
  protected readonly messageActions = messageActionsOn(this.store);
  private readonly view = viewChild.required(LiveRoomComponent);

  /** Puts focus in the composer (after closing a panel, for instance). */
  focusComposer(): void {
    this.view().focusComposer();
  }

  protected send({ body, parentId, mentions }: SendEvent): void {
    this.store.send(body, parentId, mentions);
  }
}
