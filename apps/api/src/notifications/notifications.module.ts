/**
 * Notifications for every feature: the global Notifier (events become
 * queued jobs, or wait in the outbox while the queue is out of reach), the
 * bell's REST routes and the preferences. The jobs that store, push and
 * e-mail, and the one that flushes the outbox, live in
 * NotificationsJobsModule, in processes that run jobs.
 */
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { NotificationEntity } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { Notifier } from './notifier';
import { NotificationOutbox } from './outbox/notification-outbox';
import { NotificationPreferenceEntity } from './preferences/notification-preference.entity';
import { NotificationPreferencesController } from './preferences/notification-preferences.controller';
import { NotificationPreferencesService } from './preferences/notification-preferences.service';
import { QueueNotifier } from './queue-notifier';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, NotificationPreferenceEntity])],
  controllers: [NotificationsController, NotificationPreferencesController],
  providers: [
    { provide: Notifier, useClass: QueueNotifier },
    NotificationOutbox,
    NotificationsService,
    NotificationPreferencesService,
  ],
  exports: [Notifier, NotificationOutbox, NotificationPreferencesService],
})
export class NotificationsModule {}
