/**
 * The queues as a whole: their errors go to the log, and at shutdown their
 * shared connection is let go after them. Nest gives no order between
 * providers of one shutdown phase, so the queues are closed here first
 * (closing twice is harmless in BullMQ); workers were stopped in the phase
 * before (JobRunner).
 */
import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { QUEUES } from '@klasteris/contracts';
import type { Queue } from 'bullmq';

import type { QueueConnection } from './queue-connection';
import { QUEUE_CONNECTION } from './queue-connection.module';
import { QueueErrors } from './queue-errors';

@Injectable()
export class QueueLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(QUEUE_CONNECTION) private readonly connection: QueueConnection,
    private readonly moduleRef: ModuleRef,
    private readonly errors: QueueErrors,
  ) {}

  onModuleInit(): void {
    // Without a listener BullMQ prints the whole error object to the console, outside our log.
    for (const queue of this.queues())
      queue.on('error', (error) => this.errors.report(`Queue "${queue.name}"`, error));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues().map((queue) => queue.close()));
    await this.connection.close();
  }

  private queues(): Queue[] {
    return Object.keys(QUEUES).map((name) => this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }));
  }
}
