import { actionIssues } from './action-rules';

const ID = '0b6d4d55-3f6e-4c1e-9f44-2f0e54a3d5a1';

describe('moderation action rules', () => {
  it('accepts each action with exactly its fields', () => {
    expect(actionIssues({ action: 'hide', targetType: 'message', targetId: ID })).toEqual([]);
    expect(actionIssues({ action: 'mute', userId: ID, durationSeconds: 600 })).toEqual([]);
    expect(actionIssues({ action: 'ban', userId: ID })).toEqual([]);
    expect(actionIssues({ action: 'ban', userId: ID, durationSeconds: 3600 })).toEqual([]);
    expect(actionIssues({ action: 'slow_mode', durationSeconds: 0 })).toEqual([]);
    expect(actionIssues({ action: 'lock' })).toEqual([]);
  });

  it('names missing, stray and out-of-range fields', () => {
    expect(actionIssues({ action: 'hide', targetType: 'message' }).map((issue) => issue.field)).toEqual(['targetId']);
    expect(actionIssues({ action: 'lock', userId: ID }).map((issue) => issue.field)).toEqual(['userId']);
    expect(actionIssues({ action: 'mute', userId: ID, durationSeconds: 30 }).map((issue) => issue.field)).toEqual([
      'durationSeconds',
    ]);
    expect(actionIssues({ action: 'slow_mode', durationSeconds: 3601 }).map((issue) => issue.field)).toEqual([
      'durationSeconds',
    ]);
  });
});
