import type { AutoSlowModeSettings } from '@klasteris/contracts';

import { decideSlowMode, RoomActivity } from './slow-mode-rules';

const settings: AutoSlowModeSettings = {
  enabled: true,
  messagesPerMinute: 60,
  reportsPerTenMinutes: 4,
  slowModeSeconds: 10,
  calmMinutes: 5,
};

const quiet: RoomActivity = {
  slowModeSeconds: 0,
  slowModeAutomatic: false,
  messagesLastMinute: 3,
  reportsLastTenMinutes: 0,
  messagesCalmWindow: 10,
  reportsCalmWindow: 0,
  minutesSinceSwitch: null,
  lastSwitchByModerator: false,
};
const automaticallySlow: RoomActivity = {
  ...quiet,
  slowModeSeconds: 10,
  slowModeAutomatic: true,
  minutesSinceSwitch: 6,
};

describe('decideSlowMode', () => {
  it('switches on at the message threshold, with the figure that triggered it', () => {
    expect(decideSlowMode(settings, { ...quiet, messagesLastMinute: 84 })).toEqual({
      on: true,
      seconds: 10,
      reason: 'Automatic: 84 messages in the last minute (threshold 60)',
      detail: { messagesPerMinute: 84, threshold: 60 },
    });
    expect(decideSlowMode(settings, { ...quiet, messagesLastMinute: 59 })).toBeNull();
  });

  it('switches on at the report threshold', () => {
    expect(decideSlowMode(settings, { ...quiet, reportsLastTenMinutes: 4 })).toMatchObject({
      on: true,
      detail: { reportsPerTenMinutes: 4, threshold: 4 },
    });
  });

  it('does nothing while disabled, or when slow mode is already on', () => {
    expect(decideSlowMode({ ...settings, enabled: false }, { ...quiet, messagesLastMinute: 500 })).toBeNull();
    expect(decideSlowMode(settings, { ...automaticallySlow, messagesLastMinute: 500 })).toBeNull();
  });

  it('does not overrule a moderator who switched slow mode off within calmMinutes', () => {
    const justOff = { ...quiet, messagesLastMinute: 84, lastSwitchByModerator: true, minutesSinceSwitch: 4 };
    expect(decideSlowMode(settings, justOff)).toBeNull();
    expect(decideSlowMode(settings, { ...justOff, minutesSinceSwitch: 5 })).toMatchObject({ on: true });
    expect(decideSlowMode(settings, { ...justOff, lastSwitchByModerator: false })).toMatchObject({ on: true });
  });

  it('switches off a calm room it switched on, even when since disabled', () => {
    const off = { on: false, seconds: 0, detail: { messagesPerMinute: 3, reportsPerTenMinutes: 0, calmMinutes: 5 } };
    expect(decideSlowMode(settings, automaticallySlow)).toMatchObject(off);
    expect(decideSlowMode({ ...settings, enabled: false }, automaticallySlow)).toMatchObject(off);
  });

  it('leaves a moderator’s slow mode alone', () => {
    expect(decideSlowMode(settings, { ...automaticallySlow, slowModeAutomatic: false })).toBeNull();
  });

  it('keeps slow mode while any figure is at half its threshold or the calm time has not passed', () => {
    expect(decideSlowMode(settings, { ...automaticallySlow, messagesLastMinute: 30 })).toBeNull();
    expect(decideSlowMode(settings, { ...automaticallySlow, messagesCalmWindow: 150 })).toBeNull();
    expect(decideSlowMode(settings, { ...automaticallySlow, reportsCalmWindow: 2 })).toBeNull();
    expect(decideSlowMode(settings, { ...automaticallySlow, minutesSinceSwitch: 4.9 })).toBeNull();
    expect(
      decideSlowMode(settings, {
        ...automaticallySlow,
        messagesLastMinute: 29,
        messagesCalmWindow: 149,
        reportsCalmWindow: 1,
      }),
    ).toMatchObject({ on: false });
  });
});
