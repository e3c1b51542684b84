/**
 * `notifications.deliver`: an event becomes the person's notification, once.
 * Persist (in their language, with their preferences; the unique
 * (recipient, key) makes a retried or repeated job find the first row), then
 * publish `notification:new` to every device (claimed with `pushed_at`, so
 * it goes out once), then enqueue the e-mail when they want one now.
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
    if (notification.inApp && (await this.claimPush(notification.id))) {
      this.publisher.toUser(recipient.id, 'notification:new', { notification: toNotification(notification) });
    }
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

  /** True for exactly one caller per notification, however many jobs deliver it. */
  private async claimPush(notificationId: string): Promise<boolean> {
    const result = await this.notifications
      .createQueryBuilder()
      .update()
      .set({ pushedAt: () => 'now()' })
      .where('id = :notificationId AND pushed_at IS NULL', { notificationId })
      .execute();
    return result.affected === 1;
  }
}
