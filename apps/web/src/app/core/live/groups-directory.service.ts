/**
 * My working groups (`GET /api/groups`) and the live unread counts of the
 * groups and their channels, shared by the home page and the group page.
 * `room:activity` reaches me for every message in a channel I may read,
 * wherever I am; it adds one unless I wrote it or am looking at that
 * channel. The server's figures replace the book whenever they come: the
 * list, a group's detail, a read acknowledgement, `room:unread` from my
 * other devices, and a reload after every reconnection.
 */
import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { GroupDetail, GroupSummary, Uuid } from '@klasteris/contracts';

import { ApiClient } from '../api/api-client';
import { type ErrorMessage, errorMessageFor } from '../api/api-error';
import { AuthService } from '../auth/auth.service';
import {
  EMPTY_BOOK,
  isUnknownGroup,
  type UnreadBook,
  withActivity,
  withDetail,
  withRead,
  withSummaries,
} from './group-unread';
import { LiveSocketService } from './live-socket.service';

@Injectable({ providedIn: 'root' })
export class GroupsDirectory {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly list = signal<readonly GroupSummary[] | null>(null);
  private readonly book = signal<UnreadBook>(EMPTY_BOOK);
  private readonly failure = signal<ErrorMessage | null>(null);
  private readonly viewing = signal<Uuid | null>(null);
  /** The groups whose channels the book holds (their detail was loaded). */
  private readonly detailed = signal<ReadonlySet<Uuid>>(new Set());
  private loading: Promise<readonly GroupSummary[] | null> | null = null;
  /** A read was acknowledged while the list was on its way: its totals may predate it, so load again. */
  private readDuringLoad = false;

  /** My groups with live unread counts; null until loaded. */
  readonly groups = computed(() => {
    const book = this.book();
    return this.list()?.map((group) => ({ ...group, unread: book.groups.get(group.id) ?? group.unread })) ?? null;
  });
  readonly loadError = this.failure.asReadonly();
  /** Every listed group's channels are known (see `loadChannels`). */
  readonly channelsKnown = computed(() => {
    const detailed = this.detailed();
    return this.list()?.every((group) => detailed.has(group.id)) ?? false;
  });

  constructor() {
    const userId = computed(() => this.auth.user()?.id ?? null);
    let previous = untracked(userId);
    effect(() => {
      const current = userId();
      if (current === previous) return;
      previous = current;
      untracked(() => {
        this.list.set(null);
        this.book.set(EMPTY_BOOK);
        this.detailed.set(new Set());
        this.failure.set(null);
      });
    });
    const live = inject(LiveSocketService);
    live.on('room:activity', (activity) => {
      if (activity.groupId === null) return;
      const book = this.book();
      if (this.list() !== null && isUnknownGroup(book, activity)) void this.load();
      this.book.set(withActivity(book, activity, this.auth.user()?.id ?? null, this.viewing()));
    });
    live.on('room:unread', ({ roomId, unread }) => this.setUnread(roomId, unread));
    live.onConnect(() => {
      if (this.list() !== null) void this.load();
    });
  }

  /** Loads (or reloads) my groups; concurrent callers share one call. Null when it failed (see loadError). */
  load(): Promise<readonly GroupSummary[] | null> {
    if (this.loading === null) this.readDuringLoad = false;
    this.loading ??= this.api
      .groups()
      .then(
        (page) => {
          this.list.set(page.items);
          this.book.update((book) => withSummaries(book, page.items));
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
        if (this.readDuringLoad) void this.load();
      });
    return this.loading;
  }

  /**
   * Loads the detail of each listed group whose channels are not known yet:
   * the home page needs them to tell group channels from other rooms (the
   * rooms list does not say), and per-channel counts then follow live.
   */
  async loadChannels(): Promise<void> {
    const known = this.detailed();
    const missing = (this.list() ?? []).filter((group) => !known.has(group.id));
    await Promise.all(
      missing.map((group) =>
        this.api.group(group.id).then(
          (detail) => this.noteDetail(detail),
          // Gone meanwhile, or failing: do not wait for it.
          () => this.detailed.update((set) => new Set(set).add(group.id)),
        ),
      ),
    );
  }

  /** A group's detail was loaded: its channels' counts are the server's. */
  noteDetail(detail: GroupDetail): void {
    this.book.update((book) => withDetail(book, detail));
    this.detailed.update((set) => (set.has(detail.id) ? set : new Set(set).add(detail.id)));
    this.list.update(
      (list) => list?.map((group) => (group.id === detail.id ? { ...group, ...summaryOf(detail) } : group)) ?? null,
    );
  }

  /** I left a group, or was removed from it. */
  forget(groupId: Uuid): void {
    this.list.update((list) => list?.filter((group) => group.id !== groupId) ?? null);
  }

  /** The channel I am looking at (its messages are not unread for me), or null. */
  setViewing(roomId: Uuid | null): void {
    this.viewing.set(roomId);
  }

  /** A channel's unread count as far as this tab knows; null for a room it has no figure for. */
  channelUnread(roomId: Uuid): number | null {
    return this.book().channels.get(roomId)?.unread ?? null;
  }

  /** The live unread count of one channel (a signal read, for templates). */
  readonly channelCounts = computed(() => this.book().channels);

  /**
   * The server's count after a read (here or on another device). A room the
   * book does not know is a channel of a group it has not loaded, or no
   * channel at all: reload the list when told to.
   */
  setUnread(roomId: Uuid, unread: number, lastSeq?: number, reloadWhenUnknown = true): void {
    const { book, known } = withRead(this.book(), roomId, unread, lastSeq);
    if (book !== this.book()) this.book.set(book);
    if (known && this.loading !== null) this.readDuringLoad = true;
    if (!known && reloadWhenUnknown && this.list() !== null) void this.load();
  }
}

function summaryOf(detail: GroupDetail): GroupSummary {
  return {
    id: detail.id,
    name: detail.name,
    description: detail.description,
    defaultRoomId: detail.defaultRoomId,
    organisations: detail.organisations,
    memberCount: detail.memberCount,
    unread: detail.unread,
    myRole: detail.myRole,
    lastActivityAt: detail.lastActivityAt,
  };
}
