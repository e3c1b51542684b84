/**
 * Who gets a message event. A visible message goes to the whole room; a
 * hidden one only to the room's moderators channel (moderators and admins,
 * who join it on room:join) and, while the banned-word filter holds it, to
 * its author's sockets. Nobody else, a consultation's presenters included,
 * ever gets an event carrying a hidden message, whoever causes it: history
 * shows hidden messages to the same people (messageVisibleSql).
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
    this.publisher.toRoomModerators(message.roomId, event, { message }, heldFor(message));
  }

  /**
   * It has just become hidden (a moderator hid it, or the filter holds its
   * new text): the rest of the room drops it; moderators, and its author
   * while the filter holds it, get it marked (moderators with who hid it).
   */
  hidden(message: Message): void {
    const author = heldFor(message);
    this.publisher.toRoomExceptModerators(
      message.roomId,
      'message:hidden',
      { roomId: message.roomId, messageId: message.id },
      author,
    );
    this.publisher.toRoomModerators(message.roomId, 'message:updated', { message }, author);
  }

  /** A thread's root with its fresh reply count, so no client counts replies itself. */
  threadRoot(rootId: string): void {
    this.messages.get(rootId, 'moderator').then(
      (root) => this.message('message:updated', root),
      (error: unknown) => this.logger.warn(`Thread root ${rootId} not refreshed: ${String(error)}`),
    );
  }
}

/** The author of a message the filter holds, who sees it as moderators do; nobody for any other. */
function heldFor(message: Message): string | undefined {
  return message.held ? message.author.id : undefined;
}
