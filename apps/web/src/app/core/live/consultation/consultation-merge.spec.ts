import type { Consultation } from '@klasteris/contracts';

import { mergeConsultation } from './consultation-merge';

const base: Consultation = {
  id: 'c1',
  kind: 'consultation',
  name: 'Q&A',
  locked: false,
  slowModeSeconds: 0,
  lastSeq: 0,
  title: 'Q&A',
  moduleId: null,
  moduleTitle: null,
  lecturer: { id: 'l1', displayName: 'Aistė' },
  startsAt: '2026-11-29T10:00:00Z',
  startedAt: null,
  endedAt: null,
  state: 'scheduled',
  moderation: 'post',
  canPresent: true,
  openQuestions: 0,
};

describe('mergeConsultation', () => {
  it('takes a broadcast state change but keeps whether I may present', () => {
    const live = { ...base, state: 'live' as const, startedAt: '2026-11-29T10:01:00Z', canPresent: false };
    expect(mergeConsultation(base, live, 'broadcast')).toMatchObject({ state: 'live', canPresent: true });
    expect(mergeConsultation(null, live, 'broadcast').canPresent).toBe(false);
  });

  it('never moves the state backwards when an older answer arrives late', () => {
    const ended = { ...base, state: 'ended' as const, startedAt: 'a', endedAt: 'b' };
    const lateLive = { ...base, state: 'live' as const, startedAt: 'a', openQuestions: 3 };
    expect(mergeConsultation(ended, lateLive, 'mine')).toMatchObject({
      state: 'ended',
      endedAt: 'b',
      openQuestions: 3,
    });
  });

  it('takes my own answer whole, canPresent included', () => {
    const mine = { ...base, canPresent: false, title: 'New' };
    expect(mergeConsultation(base, mine, 'mine')).toEqual(mine);
  });
});
