import { NOTIFICATION_KINDS } from '@klasteris/contracts';

import { completePreferences, emailModeOf } from './notification-preference-defaults';

describe('notification preferences', () => {
  it('lists every kind once, stored choices over defaults', () => {
    const complete = completePreferences([{ kind: 'mention', inApp: false, email: true, digest: true }]);
    expect(complete.map((preference) => preference.kind)).toEqual([...NOTIFICATION_KINDS]);
    expect(complete.find((preference) => preference.kind === 'mention')).toEqual({ kind: 'mention', inApp: false, email: true, digest: true });
    expect(complete.every((preference) => preference.inApp || preference.kind === 'mention')).toBe(true);
  });

  it('turns e-mail and digest into how a notification reaches the mailbox', () => {
    expect(emailModeOf({ inApp: true, email: true, digest: false })).toBe('immediate');
    expect(emailModeOf({ inApp: true, email: true, digest: true })).toBe('digest');
    expect(emailModeOf({ inApp: true, email: false, digest: true })).toBe('digest');
    expect(emailModeOf({ inApp: true, email: false, digest: false })).toBe('none');
  });
});
