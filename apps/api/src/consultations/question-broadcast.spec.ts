import { questionAudiences } from './question-broadcast';
import { QuestionRow, toQuestion } from './question-row';

const row = (overrides: Partial<QuestionRow> = {}): QuestionRow => ({
  id: 'q1',
  room_id: 'r1',
  seq: '3',
  author_id: 'ann',
  author_name: 'Ann Author',
  organisation_name: 'Utena',
  body: 'Why?',
  anonymous: false,
  status: 'open',
  published: true,
  pinned: false,
  answer: null,
  votes: 2,
  version: 4,
  created_at: new Date('2026-03-01T12:00:00Z'),
  hidden_at: null,
  my_vote: true,
  ...overrides,
});

describe('who sees what of a question', () => {
  it('sends a question a moderator hid to staff only, marked, not even to its author', () => {
    const audiences = questionAudiences(row({ hidden_at: new Date() }));
    expect(audiences.peers).toBeNull();
    expect(audiences.toAuthor).toBe(false);
    expect(audiences.staff.hidden).toBe(true);
  });

  it('shows an anonymous question’s author to its author and to presenters, not to peers', () => {
    const anonymous = row({ anonymous: true });
    expect(toQuestion(anonymous, { userId: 'bob', seesEverything: false }).author).toBeNull();
    expect(toQuestion(anonymous, { userId: 'ann', seesEverything: false }).author?.id).toBe('ann');
    expect(toQuestion(anonymous, { userId: 'lecturer', seesEverything: true }).author?.displayName).toBe('Ann Author');
  });

  it('maps seq to a number and keeps the caller’s own vote', () => {
    const question = toQuestion(row(), { userId: 'bob', seesEverything: false });
    expect(question).toMatchObject({
      seq: 3,
      votes: 2,
      myVote: true,
      version: 4,
      createdAt: '2026-03-01T12:00:00.000Z',
    });
  });

  it('broadcasts a plain question to everyone alike, without anyone’s vote', () => {
    const audiences = questionAudiences(row());
    expect(audiences.peers).toEqual(audiences.staff);
    expect(audiences.staff.myVote).toBe(false);
    expect(audiences.toAuthor).toBe(false);
  });

  it('broadcasts an anonymous question without author to peers and with it to staff and the author', () => {
    const audiences = questionAudiences(row({ anonymous: true }));
    expect(audiences.peers?.author).toBeNull();
    expect(audiences.staff.author?.id).toBe('ann');
    expect(audiences.toAuthor).toBe(true);
  });

  it('broadcasts a pending question to staff and its author only', () => {
    const audiences = questionAudiences(row({ status: 'pending', published: false }));
    expect(audiences.peers).toBeNull();
    expect(audiences.toAuthor).toBe(true);
  });
});
