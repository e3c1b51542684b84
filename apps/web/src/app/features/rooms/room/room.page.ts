/**
 * One live room: its name, the live view and who is online. The page owns a
 * LiveRoomStore (one per open room), which the live view reads; a room that
 * does not exist or is not for this person says so plainly.
 */
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';

import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { LiveRoomStore } from '../../../core/live/room/live-room.store';
import { PresenceListComponent } from '../../../shared/live-room/presence-list.component';
import { roomProblemFor } from '../../../shared/live-room/room-problem';
import { StoreLiveRoomComponent } from '../../../shared/live-room/store-live-room.component';

@Component({
  selector: 'kl-room-page',
  imports: [RouterLink, TranslatePipe, StoreLiveRoomComponent, PresenceListComponent],
  providers: [LiveRoomStore],
  templateUrl: './room.page.html',
  styleUrl: './room.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoomPage {
  /** The room id, from the route. */
  readonly id = input.required<string>();
  protected readonly store = inject(LiveRoomStore);
  protected readonly problem = computed(() => roomProblemFor(this.store.errorKind(), this.store.error()));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.store.open(id));
    });
  }
}
