/**
 * `mail.send-notification`: the e-mail of one notification, in the person's
 * language, sent exactly once per notification (MailDeliveriesService). A
 * refused send fails the attempt (it stays failed in the delivery row and
 * BullMQ retries with backoff); a send that succeeded is never repeated.
 */
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { JobPayloads } from '@klasteris/contracts';
import type { Job } from 'bullmq';
import { Repository } from 'typeorm';

import { UserEntity } from '../../accounts/users/user.entity';
import { APP_CONFIG } from '../../config/config.module';
import { MailTransport } from '../../platform/mail/mail-transport';
import type { RuntimeConfig } from '../../platform/prepare-runtime';
import { HandlesJob } from '../../platform/queue/job-handler.decorator';
import { NotificationEntity } from '../notification.entity';
import { emailItemOf, settingsUrlOf } from './email-items';
import { notificationEmail } from './email-texts';
import { DeliveryBusyError, MailDeliveriesService } from './mail-deliveries.service';

type Payload = JobPayloads['mail.send-notification'];

@Injectable()
export class SendNotificationEmailJob {
  constructor(
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly deliveries: MailDeliveriesService,
    private readonly transport: MailTransport,
  ) {}

  @HandlesJob('mail.send-notification')
  async send(payload: Payload, job: Job<Payload>): Promise<void> {
    const notification = await this.notifications.findOneBy({ id: payload.notificationId });
    if (!notification) return;
    const recipient = await this.users.findOneBy({ id: notification.recipientId });
    if (!recipient || recipient.deactivatedAt !== null) return;

    const key = `notification:${notification.id}`;
    const claim = await this.deliveries.claim(
      { key, recipientId: recipient.id, notificationId: notification.id },
      job.id ?? key,
    );
    if (claim.kind === 'sent') return;
    if (claim.kind === 'busy') throw new DeliveryBusyError(key);

    const reader = { locale: recipient.locale, timeZone: recipient.timeZone };
    const item = emailItemOf(notification, reader, this.config.publicUrl);
    const email = notificationEmail(recipient.locale, item, settingsUrlOf(this.config.publicUrl));
    await this.deliveries.sendAndRecord(claim, () => this.transport.send({ to: recipient.email, ...email }));
  }
}
