/**
 * Room events on `/live`: parse, check, delegate, publish. Access is decided
 * on every event (by the services against the database, or by the socket
 * being in the room's channel, which removal takes it out of on every node).
 * A plain provider: it registers its handlers with the platform's router.
 */
import { Injectable, OnModuleInit } from '@nestjs/common';
import type { RoomJoinResult } from '@klasteris/contracts';

import { ItemActions } from '../moderation/actions/item-actions';
import { ContentFilter } from '../moderation/reports/content-filter';
import { validatePayload } from '../platform/http/validation';
import { LiveEventRouter } from '../platform/realtime/live-event-router';
import {
  everyRoomChannel,
  LivePublisher,
  roomChannel,
  roomModeratorsChannel,
} from '../platform/realtime/live-publisher';
import type { LiveSocket } from '../platform/realtime/live-socket';
import { RateLimiter } from '../platform/rate-limit/rate-limiter';
import {
  EditMessageDto,
  JoinRoomDto,
  MarkReadDto,
  MessageRefDto,
  RoomRefDto,
  SendMessageDto,
  ToggleReactionDto,
} from './dto/room-events.dto';
import { MessageBroadcast } from './message-broadcast';
import { MessagesService } from './messages.service';
import { PresenceService } from './presence.service';
import { RoomHooks } from './room-hooks';
import { RoomJoinExtensions } from './room-join-extensions';
import { notARoomMember, sendingTooFast } from './rooms.errors';
import { canModerate, RoomsService } from './rooms.service';

/** A burst of 10, then 3 messages a second per person, across all rooms and nodes. */
const SEND_RATE = { capacity: 10, refillPerSecond: 3 };
const TYPING_EVERY_MS = 1000;
/** The audit log's reason when a moderator deletes a message from the room itself (the event carries none). */
const MODERATOR_DELETE_REASON = 'Deleted in the room by a moderator';

@Injectable()
export class RoomsGateway implements OnModuleInit {
  private readonly lastTyping = new WeakMap<LiveSocket, Map<string, number>>();

  constructor(
    private readonly router: LiveEventRouter,
    private readonly rooms: RoomsService,
    private readonly messages: MessagesService,
    private readonly presence: PresenceService,
    private readonly publisher: LivePublisher,
    private readonly rateLimiter: RateLimiter,
    private readonly hooks: RoomHooks,
    private readonly joinExtensions: RoomJoinExtensions,
    private readonly broadcast: MessageBroadcast,
    private readonly contentFilter: ContentFilter,
    private readonly moderation: ItemActions,
  ) {}

  onModuleInit(): void {
    this.router.on('room:join', (socket, payload) => this.join(socket, payload));
    this.router.on('room:leave', (socket, payload) => this.leave(socket, payload));
    this.router.on('message:send', (socket, payload) => this.send(socket, payload));
    this.router.on('message:edit', (socket, payload) => this.edit(socket, payload));
    this.router.on('message:delete', (socket, payload) => this.delete(socket, payload));
    this.router.on('reaction:toggle', (socket, payload) => this.react(socket, payload));
    this.router.on('typing', (socket, payload) => this.typing(socket, payload));
    this.router.on('room:read', (socket, payload) => this.read(socket, payload));
    this.router.onDisconnecting((socket) => {
      for (const channel of socket.rooms) {
        if (channel.startsWith('room:')) this.presence.changed(channel.slice('room:'.length));
      }
    });
  }

  private async join(socket: LiveSocket, payload: unknown): Promise<RoomJoinResult> {
    const { roomId, afterSeq } = await validatePayload(JoinRoomDto, payload);
    const user = socket.data.user;
    const room = await this.rooms.assertCanEnter(user, roomId);
    // Join before reading history: a message stored meanwhile then arrives live,
    // or in the list, or both (the client keeps one per seq); never neither.
    await socket.join(roomChannel(roomId));
    // Moderators and admins also join its moderators channel: hidden messages reach them there, and nobody else.
    if (canModerate(user)) await socket.join(roomModeratorsChannel(roomId));
    // What the room's kind adds (a consultation's staff channel and questions), before history for the same reason.
    const extension = await this.joinExtensions.for(room.kind)?.joined(socket, room);
    const messages =
      afterSeq === undefined
        ? await this.messages.before(user, roomId, null)
        : await this.messages.after(user, roomId, afterSeq);
    this.presence.changed(roomId);
    const online = await this.presence.online(roomId);
    const lastSeq = Math.max(room.lastSeq, messages.at(-1)?.seq ?? 0);
    return { room: { ...room, lastSeq }, online, messages, questions: extension?.questions ?? [], lastSeq };
  }

  private async leave(socket: LiveSocket, payload: unknown) {
    const { roomId } = await validatePayload(RoomRefDto, payload);
    // And every channel joined beside it: the moderators channel, a consultation's staff channel.
    for (const channel of everyRoomChannel(roomId)) await socket.leave(channel);
    this.presence.changed(roomId);
    return {};
  }

  private async send(socket: LiveSocket, payload: unknown) {
    const input = await validatePayload(SendMessageDto, payload);
    const user = socket.data.user;
    const allowance = await this.rateLimiter.take(`message:${user.id}`, SEND_RATE);
    if (!allowance.allowed) throw sendingTooFast(allowance.retryAfterSeconds);
    const hold = await this.contentFilter.screen(input.body);
    const { message, duplicate } = await this.messages.send(user, { ...input, held: hold !== null });
    if (duplicate) return { message };
    if (message.held) {
      // Held by the filter: its author and moderators see it; no activity, no mentions until it is restored.
      this.broadcast.message('message:new', message);
      if (hold) this.contentFilter.held({ type: 'message', id: message.id, roomId: message.roomId }, hold);
      return { message };
    }
    this.publisher.toRoom(message.roomId, 'message:new', { message });
    // Side effects after the broadcast, not awaited: the ack does not wait for them.
    this.hooks.messageSent({ message, author: user });
    if (message.parentId) this.broadcast.threadRoot(message.parentId);
    return { message };
  }

  private async edit(socket: LiveSocket, payload: unknown) {
    const { messageId, body } = await validatePayload(EditMessageDto, payload);
    const hold = await this.contentFilter.screen(body);
    const message = await this.messages.edit(socket.data.user, messageId, body, hold !== null);
    if (hold && message.held) {
      // Held by the filter from now: the room drops it; moderators and its author get the held text.
      this.broadcast.hidden(message);
      this.contentFilter.held({ type: 'message', id: message.id, roomId: message.roomId }, hold);
      return { message };
    }
    this.broadcast.message('message:updated', message);
    return { message };
  }

  private async delete(socket: LiveSocket, payload: unknown) {
    const { messageId } = await validatePayload(MessageRefDto, payload);
    const user = socket.data.user;
    const current = await this.messages.load(messageId);
    if (canModerate(user) && current.author_id !== user.id && !current.deleted_at) {
      // A moderator deleting someone else's message is a moderation action: audited, published, reporters told.
      await this.moderation.apply({
        action: 'delete',
        actorId: user.id,
        roomId: current.room_id,
        targetType: 'message',
        targetId: messageId,
        reason: MODERATOR_DELETE_REASON,
      });
      return { message: await this.messages.get(messageId, 'moderator') };
    }
    const message = await this.messages.delete(user, messageId);
    this.broadcast.message('message:deleted', message);
    if (message.parentId) this.broadcast.threadRoot(message.parentId);
    return { message };
  }

  private async react(socket: LiveSocket, payload: unknown) {
    const { messageId, emoji } = await validatePayload(ToggleReactionDto, payload);
    const message = await this.messages.toggleReaction(socket.data.user, messageId, emoji);
    this.broadcast.message('message:updated', message);
    return { message };
  }

  private async typing(socket: LiveSocket, payload: unknown) {
    const { roomId } = await validatePayload(RoomRefDto, payload);
    if (!socket.rooms.has(roomChannel(roomId))) throw notARoomMember();
    if (this.shouldRelayTyping(socket, roomId)) {
      this.publisher.toRoomExceptSocket(roomId, socket.id, 'typing', { roomId, userId: socket.data.user.id });
    }
    return {};
  }

  private async read(socket: LiveSocket, payload: unknown) {
    const { roomId, seq } = await validatePayload(MarkReadDto, payload);
    const unread = await this.messages.markRead(socket.data.user, roomId, seq);
    this.publisher.toUserExceptSocket(socket.data.user.id, socket.id, 'room:unread', { roomId, unread });
    return { unread };
  }

  /** Typing is relayed at most once a second per socket and room; the rest is acknowledged and dropped. */
  private shouldRelayTyping(socket: LiveSocket, roomId: string): boolean {
    let perRoom = this.lastTyping.get(socket);
    if (!perRoom) this.lastTyping.set(socket, (perRoom = new Map()));
    const now = Date.now();
    if (now - (perRoom.get(roomId) ?? 0) < TYPING_EVERY_MS) return false;
    perRoom.set(roomId, now);
    return true;
  }
}
