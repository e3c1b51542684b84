/**
 * When the system switches a room's slow mode, from the room's figures and
 * the admins' settings.
 * - On: messages in the last minute or open reports in the last ten minutes
 *   reach their threshold while slow mode is off, unless a moderator
 *   switched it off within `calmMinutes`.
 * - Off, only where the system switched it on: both figures have stayed
 *   below half their thresholds for `calmMinutes` — the latest minute below
 *   half, the whole window below half on average, no report count that
 *   could have been at half within it — and slow mode has been on that long.
 */
import type { AutoSlowModeSettings } from '@klasteris/contracts';

export interface RoomActivity {
  slowModeSeconds: number;
  slowModeAutomatic: boolean;
  messagesLastMinute: number;
  reportsLastTenMinutes: number;
  /** Messages within the last `calmMinutes`. */
  messagesCalmWindow: number;
  /** Open reports within the last 10 + `calmMinutes` minutes: every ten-minute figure of the calm window counts fewer. */
  reportsCalmWindow: number;
  /** Minutes since slow mode last changed in the audit log; null when it never did. */
  minutesSinceSwitch: number | null;
  /** The last change was a moderator's, not the system's. */
  lastSwitchByModerator: boolean;
}

export interface SlowModeSwitch {
  on: boolean;
  /** 0 when switching off. */
  seconds: number;
  reason: string;
  detail: Record<string, number>;
}

export function decideSlowMode(settings: AutoSlowModeSettings, room: RoomActivity): SlowModeSwitch | null {
  if (room.slowModeSeconds === 0) return settings.enabled ? spike(settings, room) : null;
  // Switching off does not depend on `enabled`: what the system switched on, it switches off again.
  if (room.slowModeAutomatic && isCalm(settings, room)) {
    return {
      on: false,
      seconds: 0,
      reason: `Automatic: calm for ${settings.calmMinutes} min (${room.messagesLastMinute} messages in the last minute, ${room.reportsLastTenMinutes} reports in the last 10 minutes)`,
      detail: {
        messagesPerMinute: room.messagesLastMinute,
        reportsPerTenMinutes: room.reportsLastTenMinutes,
        calmMinutes: settings.calmMinutes,
      },
    };
  }
  return null;
}

function spike(settings: AutoSlowModeSettings, room: RoomActivity): SlowModeSwitch | null {
  // A moderator who just switched slow mode off has decided; the system does not overrule them for calmMinutes.
  if (room.lastSwitchByModerator && (room.minutesSinceSwitch ?? Infinity) < settings.calmMinutes) return null;
  if (room.messagesLastMinute >= settings.messagesPerMinute) {
    return {
      on: true,
      seconds: settings.slowModeSeconds,
      reason: `Automatic: ${room.messagesLastMinute} messages in the last minute (threshold ${settings.messagesPerMinute})`,
      detail: { messagesPerMinute: room.messagesLastMinute, threshold: settings.messagesPerMinute },
    };
  }
  if (room.reportsLastTenMinutes >= settings.reportsPerTenMinutes) {
    return {
      on: true,
      seconds: settings.slowModeSeconds,
      reason: `Automatic: ${room.reportsLastTenMinutes} reports in the last 10 minutes (threshold ${settings.reportsPerTenMinutes})`,
      detail: { reportsPerTenMinutes: room.reportsLastTenMinutes, threshold: settings.reportsPerTenMinutes },
    };
  }
  return null;
}

function isCalm(settings: AutoSlowModeSettings, room: RoomActivity): boolean {
  const halfMessages = settings.messagesPerMinute / 2;
  return (
    room.messagesLastMinute < halfMessages &&
    room.messagesCalmWindow < settings.calmMinutes * halfMessages &&
    room.reportsCalmWindow < settings.reportsPerTenMinutes / 2 &&
    (room.minutesSinceSwitch === null || room.minutesSinceSwitch >= settings.calmMinutes)
  );
}
