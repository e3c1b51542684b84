/** A stored notification as an e-mail item, re-rendered in the reader's current language. */
import { renderNotification } from '../render-notification';
import type { NotificationEntity } from '../notification.entity';
import type { Reader } from '../template-params';
import type { EmailItem } from './email-texts';

export function emailItemOf(notification: NotificationEntity, reader: Reader, publicUrl: string): EmailItem {
  return {
    ...renderNotification(notification.kind, notification.params, reader),
    url: notification.link ? `${publicUrl}${notification.link}` : null,
  };
}

/** Where a person changes what they get; the web client's notification settings. */
export const settingsUrlOf = (publicUrl: string) => `${publicUrl}/settings/notifications`;
