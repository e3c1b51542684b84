/** Administration beyond accounts: the queue dashboard's API and the mail outbox. */
import { Module } from '@nestjs/common';

import { MailModule } from '../platform/mail/mail.module';
import { OutboxAdminController } from './outbox-admin.controller';
import { QueuesAdminController } from './queues-admin.controller';
import { QueuesAdminService } from './queues-admin.service';

@Module({
  imports: [MailModule],
  controllers: [QueuesAdminController, OutboxAdminController],
  providers: [QueuesAdminService],
})
export class AdminModule {}
