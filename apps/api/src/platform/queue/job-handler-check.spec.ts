import { assertEveryJobHandledOnce, JobHandlerMismatchError } from './job-handler-check';

const QUEUES = { mail: ['mail.a', 'mail.b'], maintenance: ['purge'] } as const;

function problemsOf(run: () => void): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(JobHandlerMismatchError);
    return (error as JobHandlerMismatchError).problems;
  }
  return [];
}

describe('assertEveryJobHandledOnce', () => {
  it('passes when every job has exactly one handler', () => {
    expect(() =>
      assertEveryJobHandledOnce(QUEUES, [
        { job: 'mail.a', owner: 'A.a' },
        { job: 'mail.b', owner: 'B.b' },
        { job: 'purge', owner: 'C.purge' },
      ]),
    ).not.toThrow();
  });

  it('names a job without a handler, a doubled one and a handler of an unknown job, all at once', () => {
    const problems = problemsOf(() =>
      assertEveryJobHandledOnce(QUEUES, [
        { job: 'mail.a', owner: 'A.a' },
        { job: 'mail.a', owner: 'Other.a' },
        { job: 'purge', owner: 'C.purge' },
        { job: 'mail.c', owner: 'Stray.c' },
      ]),
    );
    expect(problems).toEqual([
      'job "mail.a" (queue "mail") has 2 handlers: A.a, Other.a',
      'job "mail.b" (queue "mail") has no handler',
      'Stray.c handles "mail.c", which no queue names',
    ]);
  });

  it('says where the job names come from', () => {
    expect(() => assertEveryJobHandledOnce(QUEUES, [])).toThrow(
      /^Job handlers do not match the queues in the contracts \(libs\/contracts\/src\/lib\/jobs\.ts\): job "mail\.a"/,
    );
  });
});
