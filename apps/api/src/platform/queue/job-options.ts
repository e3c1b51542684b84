/**
 * How queued jobs retry and how long finished ones are kept. A job id only
 * dedupes while the job exists, so completed jobs stay a day; failed jobs
 * stay until an admin retries or removes them.
 */
import { createHash } from 'node:crypto';

import type { JobsOptions } from 'bullmq';

export function retryingJob(attempts: number): JobsOptions {
  return {
    attempts,
    backoff: { type: 'exponential', delay: 1000 },
    removeOnComplete: { age: 24 * 3600, count: 5000 },
    removeOnFail: false,
  };
}

/**
 * A job id derived from what makes the job unique. BullMQ ids may not contain
 * ':' (event keys often do) and should stay short, so the parts are hashed.
 */
export function jobIdFrom(prefix: string, ...parts: string[]): string {
  return `${prefix}-${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 40)}`;
}
