/**
 * What happens after a message is stored and broadcast, for features built
 * on rooms (a working group's room activity and mentions). The gateway calls
 * `messageSent` after publishing and does not wait: listeners run their work
 * off the ack and broadcast path, and a failing one is logged, never
 * surfaced to the sender, whose message is already stored.
 */
import { Injectable, Logger } from '@nestjs/common';
import type { Message } from '@klasteris/contracts';

import type { AuthenticatedUser } from '../accounts/authenticated-user';

export interface MessageSent {
  message: Message;
  author: AuthenticatedUser;
}

type MessageSentListener = (event: MessageSent) => Promise<void>;

@Injectable()
export class RoomHooks {
  private readonly logger = new Logger(RoomHooks.name);
  private readonly sentListeners: MessageSentListener[] = [];

  onMessageSent(listener: MessageSentListener): void {
    this.sentListeners.push(listener);
  }

  messageSent(event: MessageSent): void {
    for (const listener of this.sentListeners) {
      listener(event).catch((error: unknown) =>
        this.logger.error(
          `After message ${event.message.id}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        ),
      );
    }
  }
}
