/** Opens the queues' connection once per application, for BullMQ's root options and for closing it last. */
import { Module } from '@nestjs/common';

import { APP_CONFIG } from '../../config/config.module';
import type { RuntimeConfig } from '../prepare-runtime';
import { openQueueConnection } from './queue-connection';

export const QUEUE_CONNECTION = Symbol('QUEUE_CONNECTION');

@Module({
  providers: [
    {
      provide: QUEUE_CONNECTION,
      inject: [APP_CONFIG],
      useFactory: (config: RuntimeConfig) => openQueueConnection(config),
    },
  ],
  exports: [QUEUE_CONNECTION],
})
export class QueueConnectionModule {}
