import type { Message } from '@klasteris/contracts';

import { mentionEvents } from './mention-notifications';

const channel = { groupId: 'g-1', groupName: 'Skurdo prevencija', channelName: 'bendras' };

function message(overrides: Partial<Message> = {}): Message {
  return {
    id: 'm-1',
    roomId: 'r-1',
    seq: 7,
    parentId: null,
    author: { id: 'author', displayName: 'Rasa Jonaitienė', organisationName: null },
    body: 'Sveiki, @Tomas ir @Rasa, žiūrėkite   naują planą',
    createdAt: '2026-11-29T08:00:00.000Z',
    editedAt: null,
    deleted: false,
    hidden: false,
    held: false,
    hiddenBy: null,
    reactions: {},
    pinned: false,
    replyCount: 0,
    mentions: [
      { id: 'tomas', displayName: 'Tomas Kazlauskas' },
      { id: 'author', displayName: 'Rasa Jonaitienė' },
    ],
    ...overrides,
  };
}

describe('mention notifications', () => {
  it('tells each person mentioned once, keyed by message and person, linking to the message in its channel', () => {
    expect(mentionEvents(message(), channel)).toEqual([
      {
        key: 'mention:m-1:tomas',
        recipientId: 'tomas',
        kind: 'mention',
        params: {
          authorName: 'Rasa Jonaitienė',
          roomName: '#bendras · Skurdo prevencija',
          excerpt: 'Sveiki, @Tomas ir @Rasa, žiūrėkite naują planą',
        },
        link: '/groups/g-1/channels/r-1?message=7',
      },
    ]);
  });

  it('does not notify the author who mentions themselves, nor anyone for a deleted message', () => {
    expect(mentionEvents(message({ mentions: [{ id: 'author', displayName: 'Rasa' }] }), channel)).toEqual([]);
    expect(mentionEvents(message({ deleted: true }), channel)).toEqual([]);
  });

  it('shortens a long message to an excerpt', () => {
    const [event] = mentionEvents(message({ body: 'ž'.repeat(500) }), channel);
    expect(event!.params.excerpt!.length).toBe(140);
    expect(event!.params.excerpt!.endsWith('…')).toBe(true);
  });
});
