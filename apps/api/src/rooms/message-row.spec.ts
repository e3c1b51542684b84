import { MessageRow, toMessage } from './message-row';

const row = (overrides: Partial<MessageRow> = {}): MessageRow => ({
  id: 'm1',
  room_id: 'r1',
  seq: '7',
  parent_id: null,
  author_id: 'ann',
  author_name: 'Ann',
  organisation_name: null,
  body: 'Hello',
  created_at: new Date('2026-03-01T12:00:00Z'),
  edited_at: null,
  deleted_at: null,
  hidden_at: null,
  held: false,
  hidden_by: null,
  hidden_by_name: null,
  pinned_at: null,
  ...overrides,
});

describe('a message as each viewer gets it', () => {
  const hidden = row({ hidden_at: new Date(), hidden_by: 'mod', hidden_by_name: 'Mona' });

  it('tells moderators who hid it, nobody else', () => {
    expect(toMessage(hidden, 'moderator')).toMatchObject({
      hidden: true,
      held: false,
      hiddenBy: { id: 'mod', displayName: 'Mona' },
    });
    expect(toMessage(hidden, 'member')).toMatchObject({ hidden: true, hiddenBy: null });
    expect(toMessage(hidden).hiddenBy).toBeNull();
  });

  it('marks a message the filter holds, with nobody as the one who hid it', () => {
    expect(toMessage(row({ hidden_at: new Date(), held: true }), 'moderator')).toMatchObject({
      hidden: true,
      held: true,
      hiddenBy: null,
    });
  });

  it('shows a visible message the same to everyone', () => {
    expect(toMessage(row(), 'moderator')).toEqual(toMessage(row(), 'member'));
  });
});
