/**
 * Registers BullMQ with the backend chosen in queue-connection.ts and every
 * queue named in the contracts. Processors live with their feature.
 */
import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { QUEUES } from '@klasteris/contracts';

import { APP_CONFIG } from '../../config/config.module';
import type { RuntimeConfig } from '../prepare-runtime';
import { queueRootOptions } from './queue-connection';
import { QueueHealth } from './queue-health';

const queueNames = Object.keys(QUEUES);

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (config: RuntimeConfig) => queueRootOptions(config) }),
    BullModule.registerQueue(...queueNames.map((name) => ({ name }))),
  ],
  providers: [QueueHealth],
  exports: [BullModule, QueueHealth],
})
export class QueueModule {}
