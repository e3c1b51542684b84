/** Administration beyond accounts: the queue dashboard's API, the mail outbox and the system status page. */
import { Module } from '@nestjs/common';

import { HealthModule } from '../health/health.module';
import { MailModule } from '../platform/mail/mail.module';
import { LiveConnections } from './live-connections';
import { OutboxAdminController } from './outbox-admin.controller';
import { QueuesAdminController } from './queues-admin.controller';
import { QueuesAdminService } from './queues-admin.service';
import { SystemStatusController } from './system-status.controller';
import { SystemStatusService } from './system-status.service';

@Module({
  imports: [MailModule, HealthModule],
  controllers: [QueuesAdminController, OutboxAdminController, SystemStatusController],
  providers: [QueuesAdminService, SystemStatusService, LiveConnections],
})
export class AdminModule {}
