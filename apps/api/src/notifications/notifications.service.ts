/**
 * The bell: a person's notifications (only those shown in-app), newest first
 * with keyset paging, and marking them read. Another person's notification
 * is "not found".
 */
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Notification, Page } from '@klasteris/contracts';
import { Repository } from 'typeorm';

import { notFound } from '../platform/errors/domain-error';
import { NotificationEntity } from './notification.entity';
import { toNotification } from './notification-views';
import { decodeNotificationsCursor, encodeNotificationsCursor } from './notifications-cursor';

export interface ListNotificationsOptions {
  unread?: boolean;
  cursor?: string;
  limit?: number;
}

const DEFAULT_PAGE_SIZE = 20;

@Injectable()
export class NotificationsService {
  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {}

  async list(userId: string, options: ListNotificationsOptions): Promise<Page<Notification>> {
    const limit = options.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.notifications
      .createQueryBuilder('notification')
      .where('notification.recipientId = :userId AND notification.inApp', { userId })
      .orderBy('notification.createdAt', 'DESC')
      .addOrderBy('notification.id', 'DESC')
      .limit(limit + 1);
    if (options.unread) builder.andWhere('notification.readAt IS NULL');
    if (options.cursor) {
      // The cursor's own row gives the exact (created_at, id) to continue after, at full precision.
      builder.andWhere(
        `(notification.createdAt, notification.id) < (SELECT after.created_at, after.id FROM notifications after WHERE after.id = :afterId AND after.recipient_id = :userId)`,
        { afterId: decodeNotificationsCursor(options.cursor) },
      );
    }
    const rows = await builder.getMany();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toNotification),
      nextCursor: rows.length > limit && last ? encodeNotificationsCursor(last.id) : null,
    };
  }

  async unreadCount(userId: string): Promise<number> {
    return this.notifications
      .createQueryBuilder('notification')
      .where('notification.recipientId = :userId AND notification.inApp AND notification.readAt IS NULL', { userId })
      .getCount();
  }

  /** Marks one read (keeping the first read time) and returns it. */
  async markRead(userId: string, notificationId: string): Promise<Notification> {
    await this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('id = :notificationId AND recipient_id = :userId AND in_app AND read_at IS NULL', { notificationId, userId })
      .execute();
    const notification = await this.notifications.findOneBy({ id: notificationId, recipientId: userId, inApp: true });
    if (!notification) throw notFound('The notification');
    return toNotification(notification);
  }

  /** Marks every unread one read; returns how many changed. */
  async markAllRead(userId: string): Promise<number> {
    const result = await this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('recipient_id = :userId AND in_app AND read_at IS NULL', { userId })
      .execute();
    return result.affected ?? 0;
  }
}
