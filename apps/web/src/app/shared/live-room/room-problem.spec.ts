import { roomProblemFor } from './room-problem';

describe('roomProblemFor', () => {
  it('says a room that does not exist, or is not mine, is not there to open', () => {
    expect(roomProblemFor('notFound', { key: 'errors.NOT_FOUND' })).toEqual({
      title: 'room.notFoundTitle',
      text: { key: 'room.notFoundText' },
    });
    expect(roomProblemFor('forbidden', { key: 'errors.FORBIDDEN' })).toEqual({
      title: 'room.forbiddenTitle',
      text: { key: 'room.forbiddenText' },
    });
  });

  it('gives any other failure with its own reason, when there is one', () => {
    const failure = { key: 'errors.RATE_LIMITED_SECONDS', params: { seconds: 5 } } as const;
    expect(roomProblemFor('other', failure)).toEqual({ title: 'room.errorTitle', text: failure });
    expect(roomProblemFor('other', null)).toEqual({ title: 'room.errorTitle', text: null });
  });

  it('leaves an open room and a removal (which the live view announces itself) to the live view', () => {
    expect(roomProblemFor(null, null)).toBeNull();
    expect(roomProblemFor('removed', { key: 'errors.BANNED' })).toBeNull();
  });
});
