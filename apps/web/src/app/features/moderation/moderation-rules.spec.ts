import type { Message, ModerationAuditEntry, ReportedItem } from '@klasteris/contracts';

import {
  appendPage,
  auditDetailLines,
  dayBoundary,
  focusIndexAfterRemoval,
  itemKey,
  peopleIn,
  queueActionRequest,
  withoutItem,
} from './moderation-rules';

const author = { id: 'tomas', displayName: 'Tomas Kazlauskas' };

function item(targetId: string, overrides: Partial<ReportedItem> = {}): ReportedItem {
  return {
    targetType: 'message',
    targetId,
    roomId: 'room',
    roomName: 'Bendri reikalai',
    link: `/groups/g/channels/room?message=3`,
    status: 'open',
    message: { id: targetId } as Message,
    question: null,
    author,
    context: [],
    reports: [],
    firstReportedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

function entry(id: string, overrides: Partial<ModerationAuditEntry> = {}): ModerationAuditEntry {
  return {
    id,
    action: 'hide',
    actor: { id: 'mantas', displayName: 'Mantas Žukauskas' },
    roomId: 'room',
    roomName: 'Bendri reikalai',
    targetType: 'message',
    targetId: 'm1',
    targetUser: author,
    durationSeconds: null,
    reason: 'Įžeidus tonas',
    detail: null,
    createdAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

describe('one-click actions on a queue card', () => {
  it('acts on the item for hide, restore and delete, with the reason trimmed', () => {
    expect(queueActionRequest(item('m1'), { action: 'hide' }, '  Spam  ')).toEqual({
      action: 'hide',
      roomId: 'room',
      targetType: 'message',
      targetId: 'm1',
      reason: 'Spam',
    });
    expect(queueActionRequest(item('q1', { targetType: 'question' }), { action: 'delete' }, 'x')).toMatchObject({
      action: 'delete',
      targetType: 'question',
      targetId: 'q1',
    });
  });

  it('acts on the author for mute (with its length) and ban', () => {
    expect(queueActionRequest(item('m1'), { action: 'mute', durationSeconds: 600 }, 'Calm down')).toEqual({
      action: 'mute',
      roomId: 'room',
      userId: 'tomas',
      durationSeconds: 600,
      reason: 'Calm down',
    });
    expect(queueActionRequest(item('m1'), { action: 'ban' }, 'Again')).toMatchObject({ action: 'ban', userId: 'tomas' });
    expect(queueActionRequest(item('m1', { author: null }), { action: 'ban' }, 'Again')).toBeNull();
  });

  it('makes no action request for a dismissal (it has its own call)', () => {
    expect(queueActionRequest(item('m1'), { action: 'dismiss' }, 'Fine')).toBeNull();
  });
});

describe('the queue after an action', () => {
  const list = [item('a'), item('b'), item('c')];

  it('loses exactly the card acted on', () => {
    expect(withoutItem(list, itemKey(item('b'))).map((i) => i.targetId)).toEqual(['a', 'c']);
    expect(withoutItem(list, 'message:none')).toBe(list);
  });

  it('puts focus on the card that took its place, the one before at the end, or nowhere when empty', () => {
    expect(focusIndexAfterRemoval(1, 2)).toBe(1);
    expect(focusIndexAfterRemoval(2, 2)).toBe(1);
    expect(focusIndexAfterRemoval(0, 0)).toBeNull();
  });

  it('appends a further page without listing anything twice', () => {
    expect(appendPage(list, [item('c'), item('d')], itemKey).map((i) => i.targetId)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('the audit log', () => {
  it('reads the figures behind an automatic slow mode', () => {
    expect(auditDetailLines({ messagesPerMinute: 84, threshold: 60 })).toEqual([
      { key: 'moderation.audit.detail.messagesPerMinuteOf', params: { count: 84, threshold: 60 } },
    ]);
    expect(auditDetailLines({ reportsPerTenMinutes: 5 })).toEqual([
      { key: 'moderation.audit.detail.reports', params: { count: 5 } },
    ]);
    expect(auditDetailLines({ calmMinutes: 10 })).toEqual([
      { key: 'moderation.audit.detail.other', params: { name: 'calmMinutes', value: 10 } },
    ]);
    expect(auditDetailLines(null)).toEqual([]);
  });

  it('offers as filters everyone acting or acted on, by name, keeping the ones chosen', () => {
    const people = peopleIn([entry('1'), entry('2', { actor: null, targetUser: null })], [{ id: 'x', displayName: 'Aistė' }]);
    expect(people.map((p) => p.displayName)).toEqual(['Aistė', 'Mantas Žukauskas', 'Tomas Kazlauskas']);
  });

  it('turns a date into the start of that day and the start of the next, in the reader’s zone', () => {
    const start = dayBoundary('2026-03-01', 'start');
    const end = dayBoundary('2026-03-01', 'end');
    expect(start).not.toBeNull();
    expect(Date.parse(end!) - Date.parse(start!)).toBe(24 * 60 * 60 * 1000);
    expect(new Date(start!).getDate()).toBe(1);
    expect(dayBoundary('', 'start')).toBeNull();
    expect(dayBoundary('1 March', 'end')).toBeNull();
  });
});
