/**
 * `/moderation/rooms`: find rooms by name and, per room, lock or unlock it,
 * set slow mode (saying so when the system switched it on by itself), and
 * lift the mutes and bans in force there; each with a reason. The list is
 * read again after every action, so it shows what the server now holds.
 */
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ModeratedRoom, RoomRestriction } from '@klasteris/contracts';

import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ModerationApi } from '../../../core/api/moderation-api';
import { EmptyStateComponent } from '../../../shared/empty-state/empty-state.component';
import { openModerationActionDialog } from '../../../shared/live-room/moderation-action-dialog.component';
import { ModeratedRoomCardComponent } from './moderated-room-card.component';

@Component({
  selector: 'kl-moderation-rooms-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    EmptyStateComponent,
    ModeratedRoomCardComponent,
  ],
  template: `
    <div class="toolbar">
      <h2>{{ 'moderation.rooms.heading' | t }}</h2>
    </div>
    <form class="search" role="search" (submit)="search($event)">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'moderation.rooms.search' | t }}</mat-label>
        <input
          matInput
          type="search"
          data-testid="rooms-search"
          [value]="query()"
          #searchField
          (input)="query.set(searchField.value)"
        />
      </mat-form-field>
      <button mat-flat-button type="submit">{{ 'moderation.rooms.searchButton' | t }}</button>
    </form>
    <div class="status" role="status">
      @if (done(); as message) {
        <p data-testid="rooms-done">{{ message.key | t: message.params }}</p>
      }
    </div>
    @if (loadError(); as failure) {
      <p class="notice" role="alert">{{ failure.key | t: failure.params }}</p>
    }
    @let list = rooms();
    @if (list === null) {
      <p class="notice" role="status">{{ 'moderation.rooms.loading' | t }}</p>
    } @else if (list.length === 0) {
      <kl-empty-state [heading]="'moderation.rooms.emptyTitle' | t" [text]="'moderation.rooms.emptyText' | t" />
    } @else {
      <ul class="cards" data-testid="rooms-list">
        @for (room of list; track room.id) {
          <li>
            <kl-moderated-room-card
              [room]="room"
              (lock)="lock(room, $event)"
              (slowMode)="slowMode(room)"
              (lift)="lift(room, $event)"
            />
          </li>
        }
      </ul>
    }
  `,
  styleUrl: '../moderation-page.scss',
  styles: `
    .search {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .search mat-form-field {
      flex: 1 1 16rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoomsPage {
  private readonly api = inject(ModerationApi);
  private readonly dialog = inject(MatDialog);

  protected readonly query = signal('');
  protected readonly rooms = signal<readonly ModeratedRoom[] | null>(null);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly done = signal<ErrorMessage | null>(null);
  private searched = '';
  private ticket = 0;

  constructor() {
    void this.load();
  }

  protected search(event: Event): void {
    event.preventDefault();
    this.searched = this.query().trim();
    this.done.set(null);
    void this.load();
  }

  protected async lock(room: ModeratedRoom, locked: boolean): Promise<void> {
    const entry = await openModerationActionDialog(this.dialog, {
      request: { action: locked ? 'lock' : 'unlock', roomId: room.id },
      heading: locked ? 'room.settings.lockHeading' : 'room.settings.unlockHeading',
      headingParams: { room: room.name },
      confirm: locked ? 'room.settings.lock' : 'room.settings.unlock',
    });
    if (entry !== undefined) this.changed(room, locked ? 'moderation.rooms.lockedDone' : 'moderation.rooms.unlockedDone');
  }

  protected async slowMode(room: ModeratedRoom): Promise<void> {
    const entry = await openModerationActionDialog(this.dialog, {
      request: { action: 'slow_mode', roomId: room.id, durationSeconds: room.slowModeSeconds },
      heading: 'room.settings.slowHeading',
      headingParams: { room: room.name },
      confirm: 'room.settings.save',
    });
    if (entry !== undefined) this.changed(room, 'moderation.rooms.slowDone');
  }

  protected async lift(room: ModeratedRoom, restriction: RoomRestriction): Promise<void> {
    const mute = restriction.kind === 'mute';
    const entry = await openModerationActionDialog(this.dialog, {
      request: { action: mute ? 'unmute' : 'unban', roomId: room.id, userId: restriction.user.id },
      heading: mute ? 'moderation.rooms.unmuteHeading' : 'moderation.rooms.unbanHeading',
      headingParams: { name: restriction.user.displayName, room: room.name },
      confirm: mute ? 'moderation.actions.unmute' : 'moderation.actions.unban',
    });
    if (entry !== undefined) this.changed(room, mute ? 'moderation.rooms.unmutedDone' : 'moderation.rooms.unbannedDone');
  }

  private changed(room: ModeratedRoom, key: ErrorMessage['key']): void {
    this.done.set({ key, params: { room: room.name } });
    void this.load();
  }

  private async load(): Promise<void> {
    const ticket = ++this.ticket;
    this.loadError.set(null);
    try {
      const rooms = await this.api.rooms(this.searched);
      if (ticket === this.ticket) this.rooms.set(rooms);
    } catch (error) {
      if (ticket === this.ticket) {
        this.loadError.set(errorMessageFor(error));
        if (this.rooms() === null) this.rooms.set([]);
      }
    }
  }
}
