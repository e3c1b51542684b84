/**
 * Registers a repeatable job by a fixed scheduler id. Every process that runs
 * jobs does this at start; when two start at the same moment on the
 * PostgreSQL backend, the slower one finds the first iteration already added
 * by the other and is refused with "job ID already exists". That is the
 * outcome we want (one schedule), so it is not an error here.
 */
import type { Queue } from 'bullmq';

type SchedulerArguments = Parameters<Queue['upsertJobScheduler']>;

export async function upsertSchedule(queue: Queue, ...args: SchedulerArguments): Promise<void> {
  try {
    await queue.upsertJobScheduler(...args);
  } catch (error) {
    if (error instanceof Error && error.message.includes('job ID already exists')) return;
    throw error;
  }
}
