/**
 * A worker that dies in the middle of a job, on both queue backends: the job
 * stays locked until its lock runs out, then a worker of another process
 * takes it over, and the person still gets one notification and one e-mail.
 */
import { createTestDatabase, TestDatabase, uniquePrefix } from '../../../tools/testing/test-postgres';
import { MailTransport } from '../src/platform/mail/mail-transport';
import { JobRunner } from '../src/platform/queue/job-runner';
import { registerPerson } from './support/accounts';
import { describeOnQueueBackends, eventually, mailDeliveries, notify, outboxFiles, storedNotifications, systemEvent } from './support/notifications';
import { startTestApp, TestApp } from './support/test-app';

describeOnQueueBackends('notifications: a worker dies mid-job', (backend) => {
  let database: TestDatabase;
  const apps: TestApp[] = [];
  const start = async (redisPrefix: string) => {
    const app = await startTestApp({
      label: `crash${backend.name}`,
      redis: backend.redis,
      databaseUrl: database.url,
      // A short lock, so the dead worker's job is taken over within a second or two.
      config: { redisPrefix, jobLockSeconds: 1 },
    });
    apps.push(app);
    return app;
  };

  beforeAll(async () => {
    database = await createTestDatabase(`crash${backend.name}`);
  });
  afterAll(async () => {
    for (const app of apps.splice(0)) await app.close();
    await database.drop();
  });

  it('delivers once when the process running the e-mail job dies and another starts', async () => {
    const prefix = uniquePrefix(`crash${backend.name}`);
    const first = await start(prefix);
    const person = await registerPerson(first.baseUrl, 'Crash Survivor');
    // The mail server never answers this process: the e-mail job hangs mid-send.
    const hanging = jest.spyOn(first.app.get(MailTransport), 'send').mockImplementation(() => new Promise<void>(() => undefined));

    await notify(first, [systemEvent(person.user.id)]);
    await eventually('the e-mail job running', async () => hanging.mock.calls.length === 1);
    expect(await mailDeliveries(first, person.user.id)).toEqual([expect.objectContaining({ status: 'sending', attempts: 1 })]);

    // The process dies: its workers stop at once, leaving the job locked and unfinished.
    await first.app.get(JobRunner).close(true);
    await first.close();
    apps.splice(apps.indexOf(first), 1);

    const second = await start(prefix);
    await eventually(
      'the e-mail sent by the second process',
      async () => (await mailDeliveries(second, person.user.id))[0]?.status === 'sent',
      20_000,
    );
    expect(outboxFiles(second)).toHaveLength(1);
    expect(await storedNotifications(second, person.user.id)).toHaveLength(1);
    expect(await mailDeliveries(second, person.user.id)).toEqual([expect.objectContaining({ status: 'sent', attempts: 2 })]);
    expect(hanging).toHaveBeenCalledTimes(1);
  }, 40_000);
});
