import { bannedMe } from '../room/moderation-effects';
import { consultationErrorKind, readFailureShown } from './consultation-access';

// A consultation's room id is the consultation's own.
const CONSULTATION = 'c1';
const ME = 'me';

describe('a ban from a consultation', () => {
  it('ends my view when `member:banned` names me in this consultation, and nobody else’s', () => {
    expect(bannedMe({ roomId: CONSULTATION, userId: ME }, CONSULTATION, ME)).toBe(true);
    expect(bannedMe({ roomId: CONSULTATION, userId: 'someone' }, CONSULTATION, ME)).toBe(false);
    expect(bannedMe({ roomId: 'another', userId: ME }, CONSULTATION, ME)).toBe(false);
    // Closed, or not signed in: nothing to end.
    expect(bannedMe({ roomId: CONSULTATION, userId: ME }, null, ME)).toBe(false);
    expect(bannedMe({ roomId: CONSULTATION, userId: ME }, CONSULTATION, null)).toBe(false);
  });

  it('says "removed" once heard live, though the consultation itself still reads fine', () => {
    expect(consultationErrorKind(undefined, null, true)).toBe('removed');
  });

  it('says "removed" on a reload, whether the room’s join or the consultation’s read is refused first', () => {
    expect(consultationErrorKind(undefined, 'removed', false)).toBe('removed');
    expect(consultationErrorKind('errors.BANNED', null, false)).toBe('removed');
    expect(consultationErrorKind('errors.BANNED', 'removed', false)).toBe('removed');
  });

  it('wins over any other reason, so the page never offers a retry that would be refused again', () => {
    expect(consultationErrorKind('errors.NETWORK', 'removed', false)).toBe('removed');
    expect(consultationErrorKind('errors.INTERNAL', null, true)).toBe('removed');
    expect(consultationErrorKind('errors.BANNED', 'other', false)).toBe('removed');
  });

  it('is shown even when the consultation was already on screen', () => {
    expect(readFailureShown('BANNED', true)).toBe(true);
    expect(readFailureShown('NOT_FOUND', true)).toBe(true);
    // A passing failure of a refresh leaves the page as it is.
    expect(readFailureShown(null, true)).toBe(false);
    expect(readFailureShown('INTERNAL', true)).toBe(false);
    expect(readFailureShown(null, false)).toBe(true);
  });
});

describe('the other reasons a consultation page cannot show', () => {
  it('are taken from the read of the consultation first, then from the room', () => {
    expect(consultationErrorKind('errors.NOT_FOUND', null, false)).toBe('notFound');
    expect(consultationErrorKind('errors.VALIDATION_FAILED', null, false)).toBe('notFound');
    expect(consultationErrorKind('errors.FORBIDDEN', 'notFound', false)).toBe('forbidden');
    expect(consultationErrorKind('errors.NETWORK', null, false)).toBe('other');
    expect(consultationErrorKind(undefined, 'forbidden', false)).toBe('forbidden');
    expect(consultationErrorKind(undefined, null, false)).toBeNull();
  });
});
