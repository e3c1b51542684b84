/**
 * Who is online in a room: the distinct people with a socket in it, asked of
 * every node through the adapter, so several tabs or nodes count once.
 * Broadcasts are coalesced per room, so 500 people arriving at once cause a
 * few presence updates, not 500 lists sent to 500 sockets.
 */
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { PresenceEntry } from '@klasteris/contracts';

import { LivePublisher } from '../platform/realtime/live-publisher';

const COALESCE_MS = 300;

@Injectable()
export class PresenceService implements OnModuleDestroy {
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(private readonly publisher: LivePublisher) {}

  async online(roomId: string): Promise<PresenceEntry[]> {
    const users = await this.publisher.usersInRoom(roomId);
    const byId = new Map<string, PresenceEntry>();
    for (const user of users) byId.set(user.id, { userId: user.id, displayName: user.displayName });
    return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  /** Someone arrived or left: tell the room soon, once for everything that happened meanwhile. */
  changed(roomId: string): void {
    if (this.pending.has(roomId)) return;
    const timer = setTimeout(() => {
      this.pending.delete(roomId);
      this.online(roomId).then(
        (online) => this.publisher.toRoom(roomId, 'presence', { roomId, online }),
        () => undefined,
      );
    }, COALESCE_MS);
    timer.unref();
    this.pending.set(roomId, timer);
  }

  onModuleDestroy(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
