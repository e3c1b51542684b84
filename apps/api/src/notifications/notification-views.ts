/** The shape of a notification that leaves the API (contracts `Notification`). */
import type { Notification } from '@klasteris/contracts';

import type { NotificationEntity } from './notification.entity';

export function toNotification(entity: NotificationEntity): Notification {
  return {
    id: entity.id,
    kind: entity.kind,
    title: entity.title,
    body: entity.body,
    link: entity.link,
    createdAt: entity.createdAt.toISOString(),
    readAt: entity.readAt?.toISOString() ?? null,
  };
}
