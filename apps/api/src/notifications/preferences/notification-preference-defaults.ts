/**
 * What each kind does for a person who chose nothing, and what a choice
 * means:
 * - `inApp` off: the notification is kept (for e-mail and the data export)
 *   but not pushed live and not shown or counted in the bell;
 * - `digest` on: no e-mail of its own; it goes into the next daily digest
 *   (whatever `email` says: the digest is the e-mail channel then);
 * - `email` on, `digest` off: one e-mail at once;
 * - both off: no e-mail.
 */
import { NOTIFICATION_KINDS, NotificationKind, NotificationPreference } from '@klasteris/contracts';

import type { EmailMode } from '../notification.entity';

type Choice = Omit<NotificationPreference, 'kind'>;

const DEFAULTS: Record<NotificationKind, Choice> = {
  submission_made: { inApp: true, email: true, digest: false },
  review_given: { inApp: true, email: true, digest: false },
  review_overdue: { inApp: true, email: true, digest: false },
  // Chat mentions and moderation notes are frequent and seen in the app anyway.
  mention: { inApp: true, email: false, digest: false },
  booking: { inApp: true, email: true, digest: false },
  moderation: { inApp: true, email: false, digest: false },
  system: { inApp: true, email: true, digest: false },
};

export function defaultPreference(kind: NotificationKind): NotificationPreference {
  return { kind, ...DEFAULTS[kind] };
}

/** Every kind, in the contracts' order, with the stored choices over the defaults. */
export function completePreferences(stored: NotificationPreference[]): NotificationPreference[] {
  return NOTIFICATION_KINDS.map((kind) => stored.find((preference) => preference.kind === kind) ?? defaultPreference(kind));
}

export function emailModeOf(preference: Choice): EmailMode {
  if (preference.digest) return 'digest';
  return preference.email ? 'immediate' : 'none';
}
