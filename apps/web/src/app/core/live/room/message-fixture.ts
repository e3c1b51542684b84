/** Messages for the room specs: by another person, one second apart, overridable field by field. */
import type { Message } from '@klasteris/contracts';

const OTHER = 'other';

export function message(seq: number, overrides: Partial<Message> = {}): Message {
  return {
    id: `m${seq}`,
    roomId: 'room',
    seq,
    parentId: null,
    author: { id: OTHER, displayName: 'Tomas', organisationName: 'Gintarinė akademija' },
    body: `message ${seq}`,
    createdAt: new Date(Date.UTC(2026, 2, 1, 10, 0, seq)).toISOString(),
    editedAt: null,
    deleted: false,
    hidden: false,
    held: false,
    hiddenBy: null,
    reactions: {},
    pinned: false,
    replyCount: 0,
    mentions: [],
    ...overrides,
  };
}

export const seqs = (list: readonly Message[]) => list.map((m) => m.seq);
