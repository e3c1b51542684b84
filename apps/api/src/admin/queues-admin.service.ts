/**
 * What an admin sees of the job queues: counts per state, the failed jobs of
 * a queue (newest first, offset-paged) and retrying one. Failed jobs stay
 * in the failed list until retried (see job-options.ts).
 */
import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
  JOB_STATES,
  QUEUES,
  type FailedJob,
  type JobState,
  type Page,
  type QueueName,
  type QueueSummary,
  type RetriedJob,
} from '@klasteris/contracts';
import type { Job, Queue } from 'bullmq';

import { DomainError, notFound } from '../platform/errors/domain-error';
import { validationFailed } from '../platform/http/validation';

const DEFAULT_PAGE_SIZE = 50;

@Injectable()
export class QueuesAdminService {
  constructor(private readonly moduleRef: ModuleRef) {}

  async summaries(): Promise<QueueSummary[]> {
    return Promise.all(
      (Object.keys(QUEUES) as QueueName[]).map(async (name) => {
        const counts = await this.queue(name).getJobCounts(...JOB_STATES);
        return {
          name,
          counts: Object.fromEntries(JOB_STATES.map((state) => [state, counts[state] ?? 0])) as Record<JobState, number>,
        };
      }),
    );
  }

  async failed(name: string, cursor: string | undefined, limit = DEFAULT_PAGE_SIZE): Promise<Page<FailedJob>> {
    const queue = this.queue(name);
    const start = cursor === undefined ? 0 : decodeOffset(cursor);
    const jobs = (await queue.getFailed(start, start + limit)).filter((job): job is Job => job !== undefined);
    const page = jobs.slice(0, limit);
    return {
      items: page.map(toFailedJob),
      nextCursor: jobs.length > limit ? Buffer.from(String(start + limit)).toString('base64url') : null,
    };
  }

  /** Moves a failed job back to waiting; anything else is a conflict. */
  async retry(name: string, jobId: string): Promise<RetriedJob> {
    const queue = this.queue(name);
    const job = await queue.getJob(jobId);
    if (!job) throw notFound('The job');
    if (!(await job.isFailed())) throw new DomainError('CONFLICT', 'Only a failed job can be retried');
    await job.retry('failed');
    return { id: jobId, state: await job.getState() };
  }

  private queue(name: string): Queue {
    if (!Object.prototype.hasOwnProperty.call(QUEUES, name)) throw notFound('The queue');
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}

function toFailedJob(job: Job): FailedJob {
  return {
    id: job.id ?? '',
    name: job.name,
    data: job.data as unknown,
    failedReason: job.failedReason ?? '',
    attemptsMade: job.attemptsMade,
    createdAt: new Date(job.timestamp).toISOString(),
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}

function decodeOffset(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(decoded);
  if (!/^\d{1,9}$/.test(decoded) || !Number.isSafeInteger(offset)) {
    throw validationFailed([{ field: 'cursor', messages: ['cursor must be the nextCursor of an earlier page'] }]);
  }
  return offset;
}
