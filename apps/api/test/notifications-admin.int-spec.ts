/**
 * The queue dashboard's API and the mail outbox, on both queue backends:
 * admins only; a failed job stays in the failed list until an admin retries
 * it, and the retry delivers once.
 */
import { getQueueToken } from '@nestjs/bullmq';
import { type FailedJob, type OutboxMail, type Page, QUEUES, type QueueSummary } from '@klasteris/contracts';
import type { Queue } from 'bullmq';

import { MailTransport } from '../src/platform/mail/mail-transport';
import { registerPerson, SignedInPerson } from './support/accounts';
import { apiClient } from './support/http';
import { describeOnQueueBackends, eventually, mailDeliveries, notify, storedNotifications, systemEvent } from './support/notifications';
import { startTestApp, TestApp } from './support/test-app';

const ADMIN = { email: 'queue.admin@notifications.test', password: 'admin-password-123' };

describeOnQueueBackends('notifications: queue dashboard and outbox', (backend) => {
  let app: TestApp;
  let api: ReturnType<typeof apiClient>;
  let adminToken: string;
  let learner: SignedInPerson;

  beforeAll(async () => {
    app = await startTestApp({ label: `queueadmin${backend.name}`, redis: backend.redis, config: { admin: ADMIN } });
    api = apiClient(app.baseUrl);
    adminToken = (await api.post('/api/auth/login', ADMIN)).body.accessToken;
    learner = await registerPerson(app.baseUrl, 'Curious Learner');
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => app.close());

  it('refuses a learner with 403 and nobody with 401 on every admin route', async () => {
    const calls = [
      (token?: string) => api.get('/api/admin/queues', { token }),
      (token?: string) => api.get('/api/admin/queues/mail/failed', { token }),
      (token?: string) => api.post('/api/admin/queues/mail/jobs/some-job/retry', undefined, { token }),
      (token?: string) => api.get('/api/admin/outbox', { token }),
    ];
    for (const call of calls) {
      expect((await call(learner.accessToken)).status).toBe(403);
      expect((await call()).status).toBe(401);
    }
  });

  it('shows every queue with its job counts', async () => {
    const response = await api.get<Page<QueueSummary>>('/api/admin/queues', { token: adminToken });
    expect(response.status).toBe(200);
    expect(response.body.items.map((queue) => queue.name)).toEqual(Object.keys(QUEUES));
    for (const queue of response.body.items) {
      expect(Object.keys(queue.counts).sort()).toEqual(
        ['active', 'completed', 'delayed', 'failed', 'prioritized', 'waiting', 'waiting-children'].sort(),
      );
    }
  });

  it('keeps a failed job in the failed list until an admin retries it, then sends once', async () => {
    const person = await registerPerson(app.baseUrl, 'Retry Reader');
    await api.put(
      '/api/me/notification-preferences',
      { items: [{ kind: 'system', inApp: true, email: false, digest: false }] },
      { token: person.accessToken },
    );
    await notify(app, [systemEvent(person.user.id)]);
    const [notification] = await eventually('stored', async () => {
      const stored = await storedNotifications(app, person.user.id);
      return stored.length === 1 ? stored : null;
    });
    const transport = app.app.get(MailTransport);
    const realSend = transport.send.bind(transport);
    const send = jest.spyOn(transport, 'send').mockRejectedValueOnce(new Error('550 mailbox unavailable')).mockImplementation(realSend);
    // One attempt only, so it fails for good at once.
    const mailQueue = app.app.get<string, Queue>(getQueueToken('mail'), { strict: false });
    const job = await mailQueue.add('mail.send-notification', { notificationId: notification!.id }, { attempts: 1, jobId: `admin-test-${notification!.id}` });

    const failed = await eventually('in the failed list', async () => {
      const page = await api.get<Page<FailedJob>>('/api/admin/queues/mail/failed', { token: adminToken });
      return page.body.items.find((item) => item.id === job.id);
    });
    expect(failed).toMatchObject({ name: 'mail.send-notification', failedReason: '550 mailbox unavailable', attemptsMade: 1 });
    expect(failed.data).toEqual({ notificationId: notification!.id });
    const counts = await api.get<Page<QueueSummary>>('/api/admin/queues', { token: adminToken });
    expect(counts.body.items.find((queue) => queue.name === 'mail')!.counts.failed).toBeGreaterThanOrEqual(1);

    const retried = await api.post(`/api/admin/queues/mail/jobs/${job.id}/retry`, undefined, { token: adminToken });
    expect(retried.status).toBe(200);
    expect(retried.body.id).toBe(job.id);
    await eventually('sent after the retry', async () => (await mailDeliveries(app, person.user.id))[0]?.status === 'sent');
    expect(send).toHaveBeenCalledTimes(2);
    expect(await mailDeliveries(app, person.user.id)).toEqual([expect.objectContaining({ status: 'sent', attempts: 2 })]);

    await eventually('completed', async () => (await job.getState()) === 'completed');
    const again = await api.post(`/api/admin/queues/mail/jobs/${job.id}/retry`, undefined, { token: adminToken });
    expect(again.status).toBe(409);
    expect((await api.post('/api/admin/queues/mail/jobs/no-such-job/retry', undefined, { token: adminToken })).status).toBe(404);
    expect((await api.get('/api/admin/queues/nowhere/failed', { token: adminToken })).status).toBe(404);
    expect((await api.get('/api/admin/queues/mail/failed?cursor=!!', { token: adminToken })).status).toBe(400);

    const outbox = await api.get<Page<OutboxMail>>('/api/admin/outbox', { token: adminToken });
    expect(outbox.status).toBe(200);
    expect(outbox.body.items[0]).toMatchObject({ to: person.email, subject: 'Welcome', text: expect.stringContaining('Hello there') });
  });
});
