/**
 * One live room: its name, the live view and who is online. The page owns a
 * LiveRoomStore (one per open room) and wires it to the presentational view;
 * a room that does not exist or is not for this person says so plainly.
 */
import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';

import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { LiveRoomStore } from '../../../core/live/room/live-room.store';
import type { SendEvent } from '../../../shared/live-room/live-room.component';
import { LiveRoomComponent } from '../../../shared/live-room/live-room.component';
import type { EditEvent, ReactionChoiceEvent } from '../../../shared/live-room/message-list.component';
import { PresenceListComponent } from '../../../shared/live-room/presence-list.component';

@Component({
  selector: 'kl-room-page',
  imports: [RouterLink, TranslatePipe, LocalDateTimePipe, LiveRoomComponent, PresenceListComponent],
  providers: [LiveRoomStore],
  templateUrl: './room.page.html',
  styleUrl: './room.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoomPage {
  /** The room id, from the route. */
  readonly id = input.required<string>();
  protected readonly store = inject(LiveRoomStore);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.store.open(id));
    });
  }

  protected send({ body, parentId }: SendEvent): void {
    this.store.send(body, parentId);
  }

  protected react({ messageId, emoji }: ReactionChoiceEvent): void {
    void this.store.toggleReaction(messageId, emoji);
  }

  protected edit({ messageId, body }: EditEvent): void {
    void this.store.edit(messageId, body);
  }

  protected remove(messageId: string): void {
    void this.store.remove(messageId);
  }
}
