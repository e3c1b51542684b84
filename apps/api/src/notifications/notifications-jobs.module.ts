/**
 * The notification jobs, for processes that run jobs (ROLE all or worker):
 * delivery (store, push, queue the e-mail), e-mail of one notification, the
 * daily digest, the overdue-review reminder, the outbox flush, and their
 * schedules.
 */
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { UserEntity } from '../accounts/users/user.entity';
import { MailModule } from '../platform/mail/mail.module';
import { JobRunnerModule } from '../platform/queue/job-runner.module';
import { DeliverNotificationJob } from './delivery/deliver-notification.job';
import { GatherDigestsJob } from './digest/gather-digests.job';
import { SendDigestEmailJob } from './digest/send-digest-email.job';
import { MailDeliveriesService } from './mail/mail-deliveries.service';
import { SendNotificationEmailJob } from './mail/send-notification-email.job';
import { NotificationEntity } from './notification.entity';
import { NotificationSchedules } from './notification-schedules';
import { FlushNotificationOutboxJob } from './outbox/flush-notification-outbox.job';
import { RemindOverdueReviewsJob } from './reminders/remind-overdue-reviews.job';

@Module({
  imports: [JobRunnerModule, MailModule, TypeOrmModule.forFeature([NotificationEntity, UserEntity])],
  providers: [
    DeliverNotificationJob,
    SendNotificationEmailJob,
    GatherDigestsJob,
    SendDigestEmailJob,
    RemindOverdueReviewsJob,
    FlushNotificationOutboxJob,
    MailDeliveriesService,
    NotificationSchedules,
  ],
})
export class NotificationsJobsModule {}
