/**
 * `mail.send-digest`: one e-mail gathering a person's waiting digest
 * notifications, in their language. The delivery row (per person and day)
 * is claimed first; the notifications are then tied to it, so a retry sends
 * the same set and a notification is never in two digests.
 */
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { JobPayloads } from '@klasteris/contracts';
import type { Job } from 'bullmq';
import { IsNull, Repository } from 'typeorm';

import { UserEntity } from '../../accounts/users/user.entity';
import { APP_CONFIG } from '../../config/config.module';
import { MailTransport } from '../../platform/mail/mail-transport';
import type { RuntimeConfig } from '../../platform/prepare-runtime';
import { HandlesJob } from '../../platform/queue/job-handler.decorator';
import { NotificationEntity } from '../notification.entity';
import { emailItemOf, settingsUrlOf } from '../mail/email-items';
import { digestEmail } from '../mail/email-texts';
import { DeliveryBusyError, MailDeliveriesService } from '../mail/mail-deliveries.service';
import { digestDeliveryKey } from './digest-day';

type Payload = JobPayloads['mail.send-digest'];

@Injectable()
export class SendDigestEmailJob {
  constructor(
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly deliveries: MailDeliveriesService,
    private readonly transport: MailTransport,
  ) {}

  @HandlesJob('mail.send-digest')
  async send(payload: Payload, job: Job<Payload>): Promise<void> {
    const recipient = await this.users.findOneBy({ id: payload.recipientId });
    if (!recipient || recipient.deactivatedAt !== null) return;
    const key = digestDeliveryKey(recipient.id, payload.day);
    const claim = await this.deliveries.claim({ key, recipientId: recipient.id, notificationId: null }, job.id ?? key);
    if (claim.kind === 'sent') return;
    if (claim.kind === 'busy') throw new DeliveryBusyError(key);

    await this.notifications.update(
      { recipientId: recipient.id, emailMode: 'digest', digestDeliveryId: IsNull() },
      { digestDeliveryId: claim.deliveryId },
    );
    const items = await this.notifications.find({
      where: { digestDeliveryId: claim.deliveryId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    if (items.length === 0) {
      // Nothing to tell (another run took them); the day's delivery is done without an e-mail.
      await this.deliveries.markSent(claim);
      return;
    }
    const reader = { locale: recipient.locale, timeZone: recipient.timeZone };
    const email = digestEmail(
      recipient.locale,
      items.map((item) => emailItemOf(item, reader, this.config.publicUrl)),
      settingsUrlOf(this.config.publicUrl),
    );
    await this.deliveries.sendAndRecord(claim, () => this.transport.send({ to: recipient.email, ...email }));
  }
}
