/**
 * Registers BullMQ with the backend chosen in queue-connection.ts and every
 * queue named in the contracts. Processors live with their feature.
 */
import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { QUEUES } from '@klasteris/contracts';

import type { QueueConnection } from './queue-connection';
import { QueueLifecycle } from './queue-lifecycle';
import { QUEUE_CONNECTION, QueueConnectionModule } from './queue-connection.module';
import { QueueErrors } from './queue-errors';
import { QueueHealth } from './queue-health';

const queueNames = Object.keys(QUEUES);

@Global()
@Module({
  imports: [
    QueueConnectionModule,
    BullModule.forRootAsync({
      imports: [QueueConnectionModule],
      inject: [QUEUE_CONNECTION],
      useFactory: (connection: QueueConnection) => connection.options,
    }),
    BullModule.registerQueue(...queueNames.map((name) => ({ name }))),
  ],
  providers: [QueueHealth, QueueLifecycle, QueueErrors],
  exports: [BullModule, QueueHealth, QueueErrors],
})
export class QueueModule {}
