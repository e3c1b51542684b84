/**
 * What a mention in a group channel tells the person mentioned: one
 * notification per message and person (the key says so, so a retried send
 * never notifies twice), none for the author mentioning themselves. Only
 * members are ever in `message.mentions` (the store drops the rest).
 */
import type { Message } from '@klasteris/contracts';

import type { NotificationEvent } from '../notifications/notifier';

export interface ChannelRef {
  groupId: string;
  groupName: string;
  channelName: string;
}

const EXCERPT_LENGTH = 140;

/** Where a mention leads in the web client: the channel, scrolled to the message. */
export const channelMessageLink = (groupId: string, roomId: string, seq: number) =>
  `/groups/${groupId}/channels/${roomId}?message=${seq}`;

export function mentionEvents(message: Message, channel: ChannelRef): NotificationEvent[] {
  if (message.deleted) return [];
  return message.mentions
    .filter((person) => person.id !== message.author.id)
    .map((person) => ({
      key: `mention:${message.id}:${person.id}`,
      recipientId: person.id,
      kind: 'mention',
      params: {
        authorName: message.author.displayName,
        roomName: `#${channel.channelName} · ${channel.groupName}`,
        excerpt: excerpt(message.body),
      },
      link: channelMessageLink(channel.groupId, message.roomId, message.seq),
    }));
}

function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}
