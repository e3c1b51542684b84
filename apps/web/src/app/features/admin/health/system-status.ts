/** The system status page, pure: uptime in words and what each check state is called. */
import type { CheckState } from '@klasteris/contracts';

import type { TranslationKey, TranslationParams } from '../../../core/i18n/translation-key';

export const CHECK_LABELS: Readonly<Record<CheckState, TranslationKey>> = {
  up: 'adminHealth.checkUp',
  down: 'adminHealth.checkDown',
  not_configured: 'adminHealth.checkNotConfigured',
};

/** Days, hours and minutes, leaving out leading zeros: "3 d 4 h 5 min", "4 h 0 min", "12 min". */
export function uptimeText(totalSeconds: number): { key: TranslationKey; params: TranslationParams } {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  if (days > 0) return { key: 'adminHealth.uptimeDays', params: { days, hours, minutes } };
  if (hours > 0) return { key: 'adminHealth.uptimeHours', params: { hours, minutes } };
  return { key: 'adminHealth.uptimeMinutes', params: { minutes } };
}
