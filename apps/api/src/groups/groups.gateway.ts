/**
 * The live side of working groups: each socket joins the live channel of
 * every group its person is in (so `room:activity` reaches them wherever
 * they are, on any node, with no query per message), `message:pin`, and,
 * after a message in a group channel is stored and broadcast, room activity
 * to the group and a notification to each member it mentions.
 */
import { Injectable, OnModuleInit } from '@nestjs/common';

import { Notifier } from '../notifications/notifier';
import { validatePayload } from '../platform/http/validation';
import { LiveEventRouter } from '../platform/realtime/live-event-router';
import { groupChannel, LivePublisher } from '../platform/realtime/live-publisher';
import type { LiveSocket } from '../platform/realtime/live-socket';
import { PinMessageDto } from '../rooms/dto/room-events.dto';
import { MessageSent, RoomHooks } from '../rooms/room-hooks';
import { ChannelPinsService } from './channel-pins.service';
import { GroupsService } from './groups.service';
import { mentionEvents } from './mention-notifications';

@Injectable()
export class GroupsGateway implements OnModuleInit {
  constructor(
    private readonly router: LiveEventRouter,
    private readonly hooks: RoomHooks,
    private readonly groups: GroupsService,
    private readonly pins: ChannelPinsService,
    private readonly publisher: LivePublisher,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.router.onConnection((socket) => this.joinGroupChannels(socket));
    this.router.on('message:pin', (socket, payload) => this.pin(socket, payload));
    this.hooks.onMessageSent((event) => this.afterSend(event));
  }

  private async joinGroupChannels(socket: LiveSocket): Promise<void> {
    const groupIds = await this.groups.groupIdsOf(socket.data.user.id);
    if (groupIds.length > 0) await socket.join(groupIds.map(groupChannel));
  }

  private async pin(socket: LiveSocket, payload: unknown) {
    const { messageId, pinned } = await validatePayload(PinMessageDto, payload);
    const message = await this.pins.setPinned(socket.data.user, messageId, pinned);
    this.publisher.toRoom(message.roomId, 'message:updated', { message });
    return { message };
  }

  private async afterSend({ message, author }: MessageSent): Promise<void> {
    const channel = await this.groups.channelOf(message.roomId);
    if (!channel) return;
    this.publisher.toGroup(channel.groupId, 'room:activity', {
      roomId: message.roomId,
      groupId: channel.groupId,
      lastSeq: message.seq,
      authorId: author.id,
    });
    const events = mentionEvents(message, channel);
    if (events.length > 0) await this.notifier.notify(events);
  }
}
