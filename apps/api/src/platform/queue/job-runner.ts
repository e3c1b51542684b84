/**
 * Runs the jobs in processes that run jobs (ROLE all or worker): one BullMQ
 * worker per queue of the contracts, on the backend the queues use, handing
 * each job to its `@HandlesJob` method. A worker that dies mid-job loses its
 * lock after JOB_LOCK_SECONDS; another worker's stalled check then takes the
 * job over, which is why every handler is idempotent.
 */
import { getQueueToken } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
  createPostgresBackend,
  createRedisBackend,
  IQueueBackend,
  Job,
  PostgresConnectionOptions,
  Queue,
  UnrecoverableError,
  Worker,
  WorkerOptions,
} from 'bullmq';

import { APP_CONFIG } from '../../config/config.module';
import type { RuntimeConfig } from '../prepare-runtime';
import { JobHandlerRegistry } from './job-handler-registry';
import { QueueErrors } from './queue-errors';

/** What shutting a worker down needs, whichever backend it runs on. */
interface RunningWorker {
  close(force?: boolean): Promise<void>;
  getBackend(): IQueueBackend;
}

/** Jobs at once per worker: e-mail waits on a remote server, the rest on the database. */
const CONCURRENCY: Record<string, number> = { notifications: 5, mail: 3 };
const DEFAULT_CONCURRENCY = 1;

@Injectable()
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly workers: RunningWorker[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    private readonly registry: JobHandlerRegistry,
    private readonly moduleRef: ModuleRef,
    private readonly errors: QueueErrors,
  ) {}

  onApplicationBootstrap(): void {
    const lockDuration = this.config.jobLockSeconds * 1000;
    for (const queueName of Object.keys(this.registry.queues)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(queueName), { strict: false });
      const options: WorkerOptions = {
        connection: queue.opts.connection,
        prefix: (queue.opts as { prefix?: string }).prefix,
        concurrency: CONCURRENCY[queueName] ?? DEFAULT_CONCURRENCY,
        lockDuration,
        stalledInterval: lockDuration,
      };
      const processor = (job: Job) => this.run(job);
      // The queues' backend (chosen in queue-connection.ts), named here rather than taken from the process-wide default.
      const worker = this.config.redisUrl
        ? new Worker(queueName, processor, options, createRedisBackend)
        : new Worker(queueName, processor, { ...options, connection: options.connection as PostgresConnectionOptions }, createPostgresBackend);
      worker.on('failed', (job, error) =>
        this.logger.warn(`Job ${job?.name ?? '?'} ${job?.id ?? ''} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`),
      );
      worker.on('error', (error) => this.errors.report(`Queue "${queueName}" worker`, error));
      this.workers.push(worker);
    }
  }

  /**
   * Waits for running jobs up to one lock period, then stops regardless: a job
   * still running is left locked, and another worker takes it over when the
   * lock expires, as after a crash. `force` stops at once.
   */
  async close(force = false): Promise<void> {
    const workers = this.workers.splice(0);
    if (!force) {
      const graceful = Promise.all(workers.map((worker) => worker.close()));
      const timedOut = await Promise.race([
        graceful.then(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(true), this.config.jobLockSeconds * 1000).unref()),
      ]);
      if (!timedOut) return;
      this.logger.warn('Jobs still running at shutdown were left for another worker');
    }
    await Promise.all(workers.map((worker) => closeNow(worker)));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.close();
  }

  private async run(job: Job): Promise<void> {
    const handler = this.registry.handlerOf(job.name);
    // Unreachable after the start-up check, unless an old process queued a job this one no longer knows.
    if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}"`);
    await handler(job.data, job);
  }
}

/**
 * A forced close skips interrupting the worker's wait for the next job, and
 * the PostgreSQL backend then keeps that wait's timer (up to an hour) alive,
 * holding the process open. Interrupting the wait ourselves ends it.
 */
async function closeNow(worker: RunningWorker): Promise<void> {
  const closing = worker.close(true);
  await worker.getBackend().disconnectBlocking(false);
  await closing;
}
