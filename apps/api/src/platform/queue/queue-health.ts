/** Answers whether the queue store (Redis or PostgreSQL) responds. */
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';

@Injectable()
export class QueueHealth {
  constructor(@InjectQueue('maintenance') private readonly maintenance: Queue) {}

  async isUp(timeoutMs = 2000): Promise<boolean> {
    const probe = this.maintenance.getJobCounts('waiting').then(() => true);
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
    return Promise.race([probe, timeout]).catch(() => false);
  }
}
