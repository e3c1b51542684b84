/**
 * A worker that dies in the middle of a job, on both queue backends: the job
 * stays locked until its lock runs out, then a worker of another process
 * takes it over, and the person still gets one notification and one e-mail,
 * and sees it arrive live even when the process died before pushing it.
 */
import { createTestDatabase, TestDatabase, uniquePrefix } from '../../../tools/testing/test-postgres';
import { DeliverNotificationJob } from '../src/notifications/delivery/deliver-notification.job';
import { MailTransport } from '../src/platform/mail/mail-transport';
import { JobRunner } from '../src/platform/queue/job-runner';
import { registerPerson } from './support/accounts';
import { collect, connected, liveClient, LiveClient, pause } from './support/live-client';
import {
  describeOnQueueBackends,
  eventually,
  mailDeliveries,
  notify,
  outboxFiles,
  queuesSettled,
  storedNotifications,
  systemEvent,
} from './support/notifications';
import { startTestApp, TestApp } from './support/test-app';

describeOnQueueBackends('notifications: a worker dies mid-job', (backend) => {
  let database: TestDatabase;
  const apps: TestApp[] = [];
  const sockets: LiveClient[] = [];
  /** The process dies: its workers stop at once, leaving their jobs locked and unfinished. */
  const kill = async (app: TestApp) => {
    await app.app.get(JobRunner).close(true);
    await app.close();
    apps.splice(apps.indexOf(app), 1);
  };
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
  // The processes of one test share the database with the next one's: stop them, so none takes the next one's jobs.
  afterEach(async () => {
    sockets.splice(0).forEach((socket) => socket.disconnect());
    for (const app of apps.splice(0)) await app.close();
  });
  afterAll(async () => {
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

    await kill(first);

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

  it('still pushes the notification live when the process dies after storing it and before pushing it', async () => {
    const prefix = uniquePrefix(`crashpush${backend.name}`);
    const first = await start(prefix);
    const person = await registerPerson(first.baseUrl, 'Pushed Late');
    // This process stores the notification and then stops, as if it died right there.
    const job = first.app.get(DeliverNotificationJob, { strict: false }) as unknown as { push(notification: unknown): Promise<void> };
    const stuck = jest.spyOn(job, 'push').mockImplementation(() => new Promise<void>(() => undefined));

    await notify(first, [systemEvent(person.user.id)]);
    await eventually('the notification stored, not yet pushed', async () => stuck.mock.calls.length === 1);
    expect(await storedNotifications(first, person.user.id)).toEqual([expect.objectContaining({ pushed_at: null })]);

    // The person is connected to the process that will take the job over before the first one dies.
    const second = await start(prefix);
    const socket = liveClient(second.baseUrl, person.accessToken);
    sockets.push(socket);
    await connected(socket);
    const received = collect(socket, 'notification:new');
    await kill(first);

    await eventually('pushed live by the second process', async () => received.length === 1, 20_000);
    const stored = await storedNotifications(second, person.user.id);
    expect(stored).toHaveLength(1);
    expect(received[0]!.notification.id).toBe(stored[0]!.id);
    expect(stored[0]!.pushed_at).not.toBeNull();
    await eventually('one e-mail', async () => (await mailDeliveries(second, person.user.id))[0]?.status === 'sent', 20_000);
    await queuesSettled(second);
    await pause(200);
    expect(received).toHaveLength(1);
    expect(await mailDeliveries(second, person.user.id)).toHaveLength(1);
    expect(outboxFiles(second)).toHaveLength(1);
  }, 40_000);
});
