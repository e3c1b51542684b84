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
/** Every socket of every member of a working group, joined on connect: room activity for unread counts. */
export const groupChannel = (groupId: string) => `group:${groupId}`;
/**
 * A consultation's staff (its presenters: its lecturers, moderators and
 * admins), joined beside the room's channel: they see pending questions and
 * anonymous askers in full. Not `room:`-prefixed (nor is the next one), so
 * nothing that walks a socket's `room:` channels (presence) mistakes it for a room.
 */
export const roomStaffChannel = (roomId: string) => `room-staff:${roomId}`;
/**
 * A room's moderators and admins, joined beside the room's channel in every
 * kind of room: the only ones who see hidden messages. Apart from the staff
 * channel because a consultation's presenters are staff but not moderators.
 */
export const roomModeratorsChannel = (roomId: string) => `room-mod:${roomId}`;
/** Every channel a socket may hold for one room: what leaving it or being removed from it leaves. */
export const everyRoomChannel = (roomId: string) => [
  roomChannel(roomId),
  roomStaffChannel(roomId),
  roomModeratorsChannel(roomId),
];

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

  toGroup<E extends EventName>(groupId: string, event: E, payload: EventPayload<E>): void {
    this.emit(groupChannel(groupId), event, payload);
  }

  /** To the person's other tabs and devices, not the socket that caused it. */
  toUserExceptSocket<E extends EventName>(userId: string, socketId: string, event: E, payload: EventPayload<E>): void {
    if (!this.namespace) return;
    (this.namespace.to(userChannel(userId)).except(socketId).emit as (event: string, payload: unknown) => boolean)(
      event,
      payload,
    );
  }

  /** People added to a group hear its activity at once, in every tab and on every node. */
  addUsersToGroup(userIds: string[], groupId: string): void {
    if (userIds.length === 0) return;
    this.namespace?.in(userIds.map(userChannel)).socketsJoin(groupChannel(groupId));
  }

  removeUserFromGroup(userId: string, groupId: string): void {
    this.namespace?.in(userChannel(userId)).socketsLeave(groupChannel(groupId));
  }

  /** To everyone in the room but one socket (typing, for example, is not echoed). */
  toRoomExceptSocket<E extends EventName>(roomId: string, socketId: string, event: E, payload: EventPayload<E>): void {
    if (!this.namespace) return;
    (this.namespace.to(roomChannel(roomId)).except(socketId).emit as (event: string, payload: unknown) => boolean)(
      event,
      payload,
    );
  }

  /**
   * To the room's staff channel, and to one person's sockets too if given
   * (the author of a question only staff may see yet). A socket in both gets it once.
   */
  toRoomStaff<E extends EventName>(roomId: string, event: E, payload: EventPayload<E>, alsoUserId?: string): void {
    this.emitTo([roomStaffChannel(roomId), ...userChannels(alsoUserId)], event, payload);
  }

  /**
   * To everyone in the room but its staff channel (and but one person's
   * sockets if given): the peers' version of something staff see in full.
   */
  toRoomExceptStaff<E extends EventName>(
    roomId: string,
    event: E,
    payload: EventPayload<E>,
    exceptUserId?: string,
  ): void {
    this.emitToRoomExcept(roomId, [roomStaffChannel(roomId), ...userChannels(exceptUserId)], event, payload);
  }

  /**
   * To the room's moderators channel, and to one person's sockets too if
   * given (the author of a message the word filter holds). A socket in both gets it once.
   */
  toRoomModerators<E extends EventName>(roomId: string, event: E, payload: EventPayload<E>, alsoUserId?: string): void {
    this.emitTo([roomModeratorsChannel(roomId), ...userChannels(alsoUserId)], event, payload);
  }

  /**
   * To everyone in the room but its moderators channel (and but one
   * person's sockets if given): what a hidden message becomes for the rest.
   */
  toRoomExceptModerators<E extends EventName>(
    roomId: string,
    event: E,
    payload: EventPayload<E>,
    exceptUserId?: string,
  ): void {
    this.emitToRoomExcept(roomId, [roomModeratorsChannel(roomId), ...userChannels(exceptUserId)], event, payload);
  }

  /** The people connected to a room right now, on every node. */
  async usersInRoom(roomId: string): Promise<AuthenticatedUser[]> {
    if (!this.namespace) return [];
    const sockets = await this.namespace.in(roomChannel(roomId)).fetchSockets();
    return sockets.map((socket) => (socket.data as LiveSocketData).user);
  }

  /** A person removed from a room stops receiving it at once, in every tab and on every node. */
  removeUserFromRoom(userId: string, roomId: string): void {
    this.namespace?.in(userChannel(userId)).socketsLeave(everyRoomChannel(roomId));
  }

  /** Signing out ends that session's sockets, on every node. */
  disconnectSession(sessionId: string): void {
    this.namespace?.in(sessionChannel(sessionId)).disconnectSockets(true);
  }

  /** Deactivation, erasure or a role change ends every socket of the person, on every node. */
  disconnectUser(userId: string): void {
    this.namespace?.in(userChannel(userId)).disconnectSockets(true);
  }

  private emit<E extends EventName>(channel: string, event: E, payload: EventPayload<E>): void {
    this.emitTo([channel], event, payload);
  }

  /** To every socket in any of the channels, once each. */
  private emitTo<E extends EventName>(channels: string[], event: E, payload: EventPayload<E>): void {
    // Without a socket server (a worker process in embedded mode) there is nobody to deliver to.
    if (!this.namespace) return;
    (this.namespace.to(channels).emit as (event: string, payload: unknown) => boolean)(event, payload);
  }

  /** The adapter carries the exceptions to every node, which applies them to its own sockets. */
  private emitToRoomExcept<E extends EventName>(
    roomId: string,
    except: string[],
    event: E,
    payload: EventPayload<E>,
  ): void {
    if (!this.namespace) return;
    (this.namespace.to(roomChannel(roomId)).except(except).emit as (event: string, payload: unknown) => boolean)(
      event,
      payload,
    );
  }
}

/** The person's own channel, or none. */
const userChannels = (userId: string | undefined): string[] => (userId ? [userChannel(userId)] : []);
