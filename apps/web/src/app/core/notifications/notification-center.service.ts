/**
 * The signed-in person's bell: the unread count and the recent
 * notifications, loaded from the API and kept live by `notification:new`
 * (which reaches every device of the person). Reloaded whenever the
 * connection comes back, so nothing missed while offline is left out, and
 * whenever the panel opens, so reads on another device show too.
 */
import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { Notification } from '@klasteris/contracts';

import { ApiClient } from '../api/api-client';
import { type ErrorMessage, errorMessageFor } from '../api/api-error';
import { AuthService } from '../auth/auth.service';
import { LiveSocketService } from '../live/live-socket.service';
import {
  badgeText,
  EMPTY_INBOX,
  INBOX_LIMIT,
  type Inbox,
  markAllRead,
  markRead,
  receive,
  reloaded,
} from './notification-inbox';

/** A line for the screen-reader announcer: one per arrival. */
export interface NotificationArrival {
  id: number;
  title: string;
}

@Injectable({ providedIn: 'root' })
export class NotificationCenter {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly inbox = signal<Inbox>(EMPTY_INBOX);
  private readonly failure = signal<ErrorMessage | null>(null);
  private readonly arrivalLines = signal<readonly NotificationArrival[]>([]);
  private arrivalCount = 0;
  private loading: Promise<void> | null = null;
  /** What arrived live while a reload was on its way: the answer may predate it. */
  private arrivedDuringLoad: Notification[] = [];
  /** Bumped when the person changes, so a late answer for the previous one is dropped. */
  private generation = 0;

  /** Newest first; null until loaded. */
  readonly items = computed(() => this.inbox().items);
  readonly unread = computed(() => this.inbox().unread ?? 0);
  readonly badge = computed(() => badgeText(this.inbox().unread));
  readonly loadError = this.failure.asReadonly();
  readonly arrivals = this.arrivalLines.asReadonly();

  constructor() {
    const userId = computed(() => this.auth.user()?.id ?? null);
    effect(() => {
      const current = userId();
      untracked(() => {
        this.generation++;
        this.inbox.set(EMPTY_INBOX);
        this.failure.set(null);
        this.arrivalLines.set([]);
        if (current !== null) void this.refresh();
      });
    });
    const live = inject(LiveSocketService);
    live.on('notification:new', ({ notification }) => this.arrived(notification));
    live.onConnect(() => {
      if (this.auth.user() !== null) void this.refresh();
    });
  }

  /** Reloads the count and the recent list; concurrent callers share one call. */
  refresh(): Promise<void> {
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /** Marks one as read here at once, then on the server. */
  async markRead(notification: Notification): Promise<void> {
    if (notification.readAt !== null) return;
    const generation = this.generation;
    this.inbox.update((inbox) => markRead(inbox, notification.id, new Date().toISOString()));
    try {
      await this.api.markNotificationRead(notification.id);
    } catch {
      // The server will say on the next reload; a failed "read" is not worth an error message.
      if (generation === this.generation) void this.refresh();
    }
  }

  async markAllRead(): Promise<void> {
    const generation = this.generation;
    this.inbox.update((inbox) => markAllRead(inbox, new Date().toISOString()));
    try {
      await this.api.markAllNotificationsRead();
    } catch (error) {
      if (generation !== this.generation) return;
      this.failure.set(errorMessageFor(error));
      void this.refresh();
    }
  }

  private async load(): Promise<void> {
    const generation = this.generation;
    this.arrivedDuringLoad = [];
    try {
      const [page, count] = await Promise.all([
        this.api.notifications({ limit: INBOX_LIMIT }),
        this.api.unreadNotificationCount(),
      ]);
      if (generation !== this.generation) return;
      this.inbox.set(this.arrivedDuringLoad.reduce(receive, reloaded(page.items, count.count)));
      this.failure.set(null);
    } catch (error) {
      if (generation === this.generation) this.failure.set(errorMessageFor(error));
    }
  }

  private arrived(notification: Notification): void {
    const before = this.inbox();
    const after = receive(before, notification);
    if (after === before) return;
    this.inbox.set(after);
    if (this.loading !== null) this.arrivedDuringLoad.push(notification);
    // Before the first load there is no count to move: load it (the new one is included).
    if (before.unread === null) void this.refresh();
    this.arrivalLines.update((lines) =>
      [...lines, { id: ++this.arrivalCount, title: notification.title }].slice(-3),
    );
  }
}
