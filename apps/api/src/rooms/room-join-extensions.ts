/**
 * What a feature adds to `room:join` for its kind of room, without rooms/
 * knowing the feature: consultations register here to join presenters to
 * the room's staff channel and to fill `questions`. Rooms of a kind nobody
 * registered for join with `questions: []`.
 */
import { Injectable } from '@nestjs/common';
import type { Question, Room, RoomKind } from '@klasteris/contracts';

import type { LiveSocket } from '../platform/realtime/live-socket';

export interface RoomJoinExtension {
  /**
   * Called after the socket joined the room's channel and before history is
   * read, so nothing stored meanwhile is missed. May join further channels.
   */
  joined(socket: LiveSocket, room: Room): Promise<{ questions: Question[] }>;
}

@Injectable()
export class RoomJoinExtensions {
  private readonly byKind = new Map<RoomKind, RoomJoinExtension>();

  register(kind: RoomKind, extension: RoomJoinExtension): void {
    if (this.byKind.has(kind)) throw new Error(`Two room:join extensions registered for rooms of kind "${kind}"`);
    this.byKind.set(kind, extension);
  }

  for(kind: RoomKind): RoomJoinExtension | undefined {
    return this.byKind.get(kind);
  }
}
