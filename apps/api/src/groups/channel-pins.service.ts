/**
 * Who may pin: a channel's pins are its notice board, kept by those who run
 * the group. Group owners pin and unpin in their group's channels;
 * moderators and administrators anywhere (they may already hide and delete
 * any message). Members, the author included, may not: in a busy
 * cross-organisation group, pinning one's own messages would be shouting.
 * Outside a group (a consultation's chat) only moderators and administrators.
 */
import { Injectable } from '@nestjs/common';
import type { Message } from '@klasteris/contracts';

import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { MessagesService } from '../rooms/messages.service';
import { messageNotFound } from '../rooms/rooms.errors';
import { canModerate } from '../rooms/rooms.service';
import { cannotPin } from './groups.errors';
import { GroupsService } from './groups.service';

@Injectable()
export class ChannelPinsService {
  constructor(
    private readonly messages: MessagesService,
    private readonly groups: GroupsService,
  ) {}

  async setPinned(user: AuthenticatedUser, messageId: string, pinned: boolean): Promise<Message> {
    const message = await this.messages.load(messageId);
    if (!canModerate(user)) {
      const channel = await this.groups.channelOf(message.room_id);
      const role = channel ? await this.groups.roleOf(user.id, channel.groupId) : null;
      // Outside the group the message does not exist for them; inside it, only owners pin.
      if (channel && role === null) throw messageNotFound();
      if (role !== 'owner') throw cannotPin();
    }
    return this.messages.setPinned(user, messageId, pinned);
  }
}
