/**
 * Who gets a message event. A visible message goes to the whole room; a
 * hidden one only to the room's staff channel (moderators, and a
 * consultation's presenters, who join it on room:join) and, while the
 * banned-word filter holds it, to its author's sockets. So no broadcast to
 * the room ever carries a hidden message, whoever causes it.
 */
import { Injectable, Logger } from '@nestjs/common';
import type { Message } from '@klasteris/contracts';

import { LivePublisher } from '../platform/realtime/live-publisher';
import { MessagesService } from './messages.service';

export type MessageEvent = 'message:new' | 'message:updated' | 'message:deleted';

@Injectable()
export class MessageBroadcast {
  private readonly logger = new Logger(MessageBroadcast.name);

  constructor(
    private readonly publisher: LivePublisher,
    private readonly messages: MessagesService,
  ) {}

  message(event: MessageEvent, message: Message): void {
    if (!message.hidden) {
      this.publisher.toRoom(message.roomId, event, { message });
      return;
    }
    this.publisher.toRoomStaff(message.roomId, event, { message }, message.held ? message.author.id : undefined);
  }

  /** A moderator hid it: members drop it, staff get it marked (with who hid it). */
  hidden(message: Message): void {
    this.publisher.toRoomExceptStaff(message.roomId, 'message:hidden', {
      roomId: message.roomId,
      messageId: message.id,
    });
    this.publisher.toRoomStaff(message.roomId, 'message:updated', { message });
  }

  /** A thread's root with its fresh reply count, so no client counts replies itself. */
  threadRoot(rootId: string): void {
    this.messages.get(rootId, 'moderator').then(
      (root) => this.message('message:updated', root),
      (error: unknown) => this.logger.warn(`Thread root ${rootId} not refreshed: ${String(error)}`),
    );
  }
}
