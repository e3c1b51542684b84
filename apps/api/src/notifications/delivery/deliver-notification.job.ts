/**
 * `notifications.deliver`: an event becomes the person's notification, once.
 * Persist (in their language, with their preferences; the unique
 * (recipient, key) makes a retried or repeated job find the first row), then
 * publish `notification:new` to every device, then enqueue the e-mail when
 * they want one now (the mail job sends it once, see mail-deliveries).
 *
 * The push is at least once: `pushed_at` is recorded only after the publish,
 * so a job that dies between storing and pushing is retried and pushes then.
 * The rare repeat (a death after the publish, before the record) carries the
 * same notification id, which the web client counts once; no second row is
 * ever made.
 */
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DeliverNotificationJob as DeliverPayload } from '@klasteris/contracts';
import type { Queue } from 'bullmq';
import { DataSource, Repository } from 'typeorm';

import { UserEntity } from '../../accounts/users/user.entity';
import { HandlesJob } from '../../platform/queue/job-handler.decorator';
import { jobIdFrom, retryingJob } from '../../platform/queue/job-options';
import { LivePublisher } from '../../platform/realtime/live-publisher';
import { NotificationEntity } from '../notification.entity';
import { toNotification } from '../notification-views';
import { emailModeOf } from '../preferences/notification-preference-defaults';
import { NotificationPreferencesService } from '../preferences/notification-preferences.service';
import { renderNotification } from '../render-notification';

const MAIL_ATTEMPTS = 10;

export const notificationMailJobId = (notificationId: string) => jobIdFrom('mail', notificationId);

@Injectable()
export class DeliverNotificationJob {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly preferences: NotificationPreferencesService,
    private readonly publisher: LivePublisher,
    @InjectQueue('mail') private readonly mailQueue: Queue,
  ) {}

  @HandlesJob('notifications.deliver')
  async deliver(event: DeliverPayload): Promise<void> {
    // An erased or deactivated person gets nothing: nobody would read it.
    const recipient = await this.users.findOneBy({ id: event.recipientId });
    if (!recipient || recipient.deactivatedAt !== null) return;

    const notification = await this.store(event, recipient);
    if (notification.inApp && notification.pushedAt === null) await this.push(notification);
    if (notification.emailMode === 'immediate') {
      await this.mailQueue.add(
        'mail.send-notification',
        { notificationId: notification.id },
        { ...retryingJob(MAIL_ATTEMPTS), jobId: notificationMailJobId(notification.id) },
      );
    }
  }

  private async store(event: DeliverPayload, recipient: UserEntity): Promise<NotificationEntity> {
    const preference = await this.preferences.forKind(recipient.id, event.kind);
    const text = renderNotification(event.kind, event.params, { locale: recipient.locale, timeZone: recipient.timeZone });
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values({
        recipientId: recipient.id,
        key: event.key,
        kind: event.kind,
        params: event.params,
        title: text.title,
        body: text.body,
        link: event.link,
        inApp: preference.inApp,
        emailMode: emailModeOf(preference),
      })
      .orIgnore()
      .execute();
    return this.notifications.findOneByOrFail({ recipientId: recipient.id, key: event.key });
  }

  /**
   * Publishes, then records the push, under the row's lock: a duplicate job
   * running at the same time waits and then finds it pushed. If this process
   * dies before the commit, `pushed_at` stays empty and the retry pushes again.
   */
  private async push(notification: NotificationEntity): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Read again under the lock: what is pushed is the row as it is now (read on another device, say).
      const current = await manager
        .getRepository(NotificationEntity)
        .createQueryBuilder('notification')
        .where('notification.id = :id', { id: notification.id })
        .setLock('pessimistic_write')
        .getOne();
      if (!current || current.pushedAt !== null) return;
      this.publisher.toUser(current.recipientId, 'notification:new', { notification: toNotification(current) });
      await manager
        .createQueryBuilder()
        .update(NotificationEntity)
        .set({ pushedAt: () => 'now()' })
        .where('id = :id', { id: notification.id })
        .execute();
    });
  }
}
