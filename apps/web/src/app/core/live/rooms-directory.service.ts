/**
 * The rooms a person can enter (`GET /api/rooms`) with their unread counts,
 * shared by the home page and the open room. Counts follow live events for
 * the rooms this tab has joined (a message from someone else adds one; a
 * read acknowledgement sets the server's figure) and are reloaded from the
 * server whenever the home page shows them or the connection comes back.
 */
import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { RoomSummary, Uuid } from '@klasteris/contracts';

import { ApiClient } from '../api/api-client';
import { type ErrorMessage, errorMessageFor } from '../api/api-error';
import { AuthService } from '../auth/auth.service';
import { LiveSocketService } from './live-socket.service';

@Injectable({ providedIn: 'root' })
export class RoomsDirectory {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly list = signal<readonly RoomSummary[] | null>(null);
  private readonly failure = signal<ErrorMessage | null>(null);
  private loading: Promise<readonly RoomSummary[] | null> | null = null;

  /** Null until loaded. */
  readonly rooms = this.list.asReadonly();
  readonly loadError = this.failure.asReadonly();
  readonly totalUnread = computed(() => (this.list() ?? []).reduce((sum, room) => sum + room.unread, 0));

  constructor() {
    // Another person (or nobody) signed in: the previous person's rooms are not theirs.
    const userId = computed(() => this.auth.user()?.id ?? null);
    let previous = untracked(userId);
    effect(() => {
      const current = userId();
      if (current === previous) return;
      previous = current;
      untracked(() => {
        this.list.set(null);
        this.failure.set(null);
      });
    });
    const live = inject(LiveSocketService);
    live.on('message:new', ({ message }) => {
      if (message.author.id === this.auth.user()?.id) return;
      this.list.update(
        (rooms) =>
          rooms?.map((room) =>
            room.id === message.roomId && message.seq > room.lastSeq
              ? { ...room, lastSeq: message.seq, unread: room.member ? room.unread + 1 : room.unread }
              : room,
          ) ?? null,
      );
    });
    // Whatever happened while the connection was down, the server's counts are right.
    live.onConnect(() => {
      if (this.list() !== null) void this.load();
    });
  }

  /** Loads (or reloads) the list; concurrent callers share one call. Null when it failed (see loadError). */
  load(): Promise<readonly RoomSummary[] | null> {
    this.loading ??= this.api
      .rooms()
      .then(
        (page) => {
          this.list.set(page.items);
          this.failure.set(null);
          return page.items;
        },
        (error: unknown) => {
          this.failure.set(errorMessageFor(error));
          return null;
        },
      )
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  summaryOf(roomId: Uuid): RoomSummary | null {
    return this.list()?.find((room) => room.id === roomId) ?? null;
  }

  /** The server's count after a read acknowledgement. */
  setUnread(roomId: Uuid, unread: number, lastSeq?: number): void {
    this.list.update(
      (rooms) =>
        rooms?.map((room) =>
          room.id === roomId
            ? { ...room, unread, member: true, lastSeq: Math.max(room.lastSeq, lastSeq ?? room.lastSeq) }
            : room,
        ) ?? null,
    );
  }
}
