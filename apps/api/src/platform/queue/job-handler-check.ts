/**
 * The start-up rule for jobs: every job name in the contracts' queue list has
 * exactly one handler in a process that runs jobs, and no handler claims a
 * name the contracts do not know. A violation stops the start with one error
 * that lists every problem.
 */
export interface FoundJobHandler {
  job: string;
  /** `Class.method`, to name it in the error. */
  owner: string;
}

export class JobHandlerMismatchError extends Error {
  constructor(readonly problems: string[]) {
    super(`Job handlers do not match the queues in the contracts (libs/contracts/src/lib/jobs.ts): ${problems.join('; ')}`);
    this.name = 'JobHandlerMismatchError';
  }
}

export function assertEveryJobHandledOnce(queues: Readonly<Record<string, readonly string[]>>, found: FoundJobHandler[]): void {
  const problems: string[] = [];
  const known = new Set<string>();
  for (const [queue, jobs] of Object.entries(queues)) {
    for (const job of jobs) {
      known.add(job);
      const owners = found.filter((handler) => handler.job === job).map((handler) => handler.owner);
      if (owners.length === 0) problems.push(`job "${job}" (queue "${queue}") has no handler`);
      if (owners.length > 1) problems.push(`job "${job}" (queue "${queue}") has ${owners.length} handlers: ${owners.join(', ')}`);
    }
  }
  for (const handler of found) {
    if (!known.has(handler.job)) problems.push(`${handler.owner} handles "${handler.job}", which no queue names`);
  }
  if (problems.length > 0) throw new JobHandlerMismatchError(problems);
}

/** The queue a job name belongs to. */
export function queueOfJob(queues: Readonly<Record<string, readonly string[]>>, job: string): string | undefined {
  return Object.entries(queues).find(([, jobs]) => jobs.includes(job))?.[0];
}
