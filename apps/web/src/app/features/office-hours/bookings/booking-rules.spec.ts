import type { Booking } from '@klasteris/contracts';

import { learnerLock, nextRoomCheck, ROOM_POLL_MS, sideOf } from './booking-rules';

const START = Date.parse('2026-03-31T08:00:00Z');

function booking(changes: Partial<Booking> = {}): Booking {
  return {
    id: 'b1',
    lecturer: { id: 'lecturer', displayName: 'Ingrid', timeZone: 'Europe/Oslo' },
    learner: { id: 'learner', displayName: 'Rasa', organisationName: null },
    start: new Date(START).toISOString(),
    end: new Date(START + 30 * 60_000).toISOString(),
    status: 'confirmed',
    question: null,
    waitingPosition: null,
    roomId: null,
    changeableUntil: new Date(START - 2 * 60 * 60_000).toISOString(),
    cancelledBy: null,
    cancelMessage: null,
    createdAt: '2026-03-01T08:00:00Z',
    ...changes,
  };
}

describe('sides and locks', () => {
  it('knows whose side the viewer is on', () => {
    expect(sideOf(booking(), 'lecturer')).toBe('lecturer');
    expect(sideOf(booking(), 'learner')).toBe('learner');
  });

  it('lets a learner change a booking until the cut-off, then says why not', () => {
    const hour = 60 * 60_000;
    expect(learnerLock(booking(), START - 3 * hour)).toBeNull();
    expect(learnerLock(booking(), START - hour)).toBe('cutoff');
    expect(learnerLock(booking({ changeableUntil: null }), START - hour)).toBeNull();
    expect(learnerLock(booking(), START - 3 * hour, { refusedLate: true })).toBe('cutoff');
    expect(learnerLock(booking(), START)).toBe('started');
    expect(learnerLock(booking({ status: 'cancelled' }), START - 3 * hour)).toBe('cancelled');
  });
});

describe('looking again for the room', () => {
  it('waits for the start of the next confirmed booking without a room', () => {
    expect(nextRoomCheck([booking()], START - 60_000)).toBe(62_000);
    expect(nextRoomCheck([booking({ roomId: 'room' })], START - 60_000)).toBeNull();
    expect(nextRoomCheck([booking({ status: 'waiting' })], START - 60_000)).toBeNull();
  });

  it('polls gently after the start, for a while', () => {
    expect(nextRoomCheck([booking()], START + 1000)).toBe(ROOM_POLL_MS);
    expect(nextRoomCheck([booking()], START + 11 * 60_000)).toBeNull();
  });

  it('sets far timers again later', () => {
    expect(nextRoomCheck([booking()], START - 5 * 60 * 60_000)).toBe(60 * 60_000);
  });
});
