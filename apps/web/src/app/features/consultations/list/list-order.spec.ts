import type { Consultation } from '@klasteris/contracts';

import { listOrder } from './list-order';

function consultation(id: string, overrides: Partial<Consultation>): Consultation {
  return {
    id,
    kind: 'consultation',
    name: id,
    locked: false,
    slowModeSeconds: 0,
    lastSeq: 0,
    title: id,
    moduleId: null,
    moduleTitle: null,
    lecturer: { id: 'l', displayName: 'L' },
    startsAt: null,
    startedAt: null,
    endedAt: null,
    state: 'scheduled',
    moderation: 'post',
    canPresent: false,
    openQuestions: 0,
    ...overrides,
  };
}

describe('listOrder', () => {
  it('puts live ones first (latest started first), then upcoming by start, untimed last', () => {
    const list = [
      consultation('later', { startsAt: '2026-12-02T10:00:00Z' }),
      consultation('untimed', {}),
      consultation('live-old', { state: 'live', startedAt: '2026-11-29T07:00:00Z' }),
      consultation('sooner', { startsAt: '2026-12-01T10:00:00Z' }),
      consultation('live-new', { state: 'live', startedAt: '2026-11-29T08:00:00Z' }),
    ];
    expect(listOrder(list).map((c) => c.id)).toEqual(['live-new', 'live-old', 'sooner', 'later', 'untimed']);
  });
});
