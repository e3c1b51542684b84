/**
 * The one way anything live leaves the server. Features publish through this
 * typed publisher and never touch a gateway; in scaled-out mode the Socket.IO
 * adapter carries each emit to every node.
 */
import { Injectable } from '@nestjs/common';
import type { ServerToClientEvents } from '@klasteris/contracts';
import type { Namespace } from 'socket.io';

import type { AuthenticatedUser } from '../../accounts/authenticated-user';
import type { LiveSocketData } from './live-socket';

export const userChannel = (userId: string) => `user:${userId}`;
export const sessionChannel = (sessionId: string) => `session:${sessionId}`;
export const roomChannel = (roomId: string) => `room:${roomId}`;

type EventName = keyof ServerToClientEvents;
type EventPayload<E extends EventName> = Parameters<ServerToClientEvents[E]>[0];

@Injectable()
export class LivePublisher {
  private namespace: Namespace | null = null;

  /** Called once by the gateway when the `/live` namespace is ready. */
  attach(namespace: Namespace): void {
    this.namespace = namespace;
  }

  toUser<E extends EventName>(userId: string, event: E, payload: EventPayload<E>): void {
    this.emit(userChannel(userId), event, payload);
  }

  toRoom<E extends EventName>(roomId: string, event: E, payload: EventPayload<E>): void {
    this.emit(roomChannel(roomId), event, payload);
  }

  /** To everyone in the room but one socket (typing, for example, is not echoed). */
  toRoomExceptSocket<E extends EventName>(roomId: string, socketId: string, event: E, payload: EventPayload<E>): void {
    if (!this.namespace) return;
    (this.namespace.to(roomChannel(roomId)).except(socketId).emit as (event: string, payload: unknown) => boolean)(
      event,
      payload,
    );
  }

  /** The people connected to a room right now, on every node. */
  async usersInRoom(roomId: string): Promise<AuthenticatedUser[]> {
    if (!this.namespace) return [];
    const sockets = await this.namespace.in(roomChannel(roomId)).fetchSockets();
    return sockets.map((socket) => (socket.data as LiveSocketData).user);
  }

  /** A person removed from a room stops receiving it at once, in every tab and on every node. */
  removeUserFromRoom(userId: string, roomId: string): void {
    this.namespace?.in(userChannel(userId)).socketsLeave(roomChannel(roomId));
  }

  /** Signing out ends that session's sockets, on every node. */
  disconnectSession(sessionId: string): void {
    this.namespace?.in(sessionChannel(sessionId)).disconnectSockets(true);
  }

  /** Deactivation or erasure ends every socket of the person, on every node. */
  disconnectUser(userId: string): void {
    this.namespace?.in(userChannel(userId)).disconnectSockets(true);
  }

  private emit<E extends EventName>(channel: string, event: E, payload: EventPayload<E>): void {
    // Without a socket server (a worker process in embedded mode) there is nobody to deliver to.
    if (!this.namespace) return;
    (this.namespace.to(channel).emit as (event: string, payload: unknown) => boolean)(event, payload);
  }
}
