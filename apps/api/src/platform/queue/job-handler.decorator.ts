/**
 * `@HandlesJob('mail.send-digest')` marks a provider method as the one handler
 * of a job named in the contracts. The method gets the job's typed payload
 * (and the BullMQ job); throwing makes BullMQ retry it with backoff.
 * JobHandlerRegistry finds every marked method at start.
 */
import { SetMetadata } from '@nestjs/common';
import type { JobName, JobPayloads } from '@klasteris/contracts';
import type { Job } from 'bullmq';

export const JOB_HANDLER_METADATA = 'klasteris:job-handler';

export type JobHandlerMethod<N extends JobName> = (payload: JobPayloads[N], job: Job<JobPayloads[N]>) => Promise<void>;

export function HandlesJob<N extends JobName>(name: N) {
  // A method taking fewer arguments (no payload, or no job) fits as well.
  return <M extends JobHandlerMethod<N>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<M>): void => {
    SetMetadata(JOB_HANDLER_METADATA, name)(target, key, descriptor);
  };
}
