/**
 * The queue store out of reach for longer than the Notifier's short retry
 * (Redis down for minutes, say), on both queue backends: the feature's call
 * still succeeds, the event waits in the notification outbox, and once the
 * store answers again the flush delivers it, once, however often it runs.
 */
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';

import { FlushNotificationOutboxJob } from '../src/notifications/outbox/flush-notification-outbox.job';
import { registerPerson } from './support/accounts';
import { apiClient } from './support/http';
import { collect, connected, liveClient, LiveClient, pause } from './support/live-client';
import {
  describeOnQueueBackends,
  eventually,
  keptInOutbox,
  notify,
  queuesSettled,
  storedNotifications,
  systemEvent,
} from './support/notifications';
import { startTestApp, TestApp } from './support/test-app';

describeOnQueueBackends('notifications: the outbox', (backend) => {
  let app: TestApp;
  const sockets: LiveClient[] = [];
  const open = async (token: string) => {
    const socket = liveClient(app.baseUrl, token);
    sockets.push(socket);
    await connected(socket);
    return socket;
  };
  /** The queue store stops taking jobs: every enqueue of a delivery is refused, as with Redis down. */
  const refuseEnqueues = () =>
    jest
      .spyOn(app.app.get<string, Queue>(getQueueToken('notifications'), { strict: false }), 'addBulk')
      .mockRejectedValue(new Error('connect ECONNREFUSED 127.0.0.1:6379'));
  const flush = () => app.app.get(FlushNotificationOutboxJob).run();

  beforeAll(async () => {
    app = await startTestApp({ label: `outbox${backend.name}`, redis: backend.redis });
  });
  afterEach(() => {
    sockets.splice(0).forEach((socket) => socket.disconnect());
    jest.restoreAllMocks();
  });
  afterAll(() => app.close());

  it('keeps an event the queue refuses, and delivers it once when the queue answers again', async () => {
    const person = await registerPerson(app.baseUrl, 'Waiting Reader');
    const received = collect(await open(person.accessToken), 'notification:new');
    const refused = refuseEnqueues();
    const event = systemEvent(person.user.id);

    await notify(app, [event]);
    // Sent again while it waits: still one event in the outbox.
    await notify(app, [event]);

    expect(refused).toHaveBeenCalledTimes(6);
    await queuesSettled(app);
    expect(await storedNotifications(app, person.user.id)).toEqual([]);
    expect(received).toHaveLength(0);
    expect(await keptInOutbox(app, person.user.id)).toEqual([{ key: event.key, kind: 'system' }]);

    refused.mockRestore();
    // Two flushes at once, as when the minute's job and a starting worker meet.
    await Promise.all([flush(), flush()]);

    await eventually('pushed live', async () => received.length === 1);
    await queuesSettled(app);
    const stored = await storedNotifications(app, person.user.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ key: event.key, title: 'Welcome' });
    expect(received[0]!.notification.id).toBe(stored[0]!.id);
    expect(await keptInOutbox(app, person.user.id)).toEqual([]);

    // A later flush finds nothing to do.
    await flush();
    await queuesSettled(app);
    await pause(200);
    expect(await storedNotifications(app, person.user.id)).toHaveLength(1);
    expect(received).toHaveLength(1);
  });

  it('is flushed by its job on the queue', async () => {
    const person = await registerPerson(app.baseUrl, 'Patient Reader');
    const refused = refuseEnqueues();
    const first = systemEvent(person.user.id, { key: 'test:outbox-first' });
    const second = systemEvent(person.user.id, { key: 'test:outbox-second' });

    await notify(app, [first, second]);
    expect(await keptInOutbox(app, person.user.id)).toEqual([
      { key: first.key, kind: 'system' },
      { key: second.key, kind: 'system' },
    ]);

    refused.mockRestore();
    const queue = app.app.get<string, Queue>(getQueueToken('notifications'), { strict: false });
    await queue.add('notifications.flush-outbox', {});

    const stored = await eventually('both delivered', async () => {
      const rows = await storedNotifications(app, person.user.id);
      return rows.length === 2 ? rows : null;
    });
    expect(stored.map((row) => row.key).sort()).toEqual([first.key, second.key]);
    expect(await keptInOutbox(app, person.user.id)).toEqual([]);
  });

  it('lets erasing the account take the waiting events along', async () => {
    const person = await registerPerson(app.baseUrl, 'Leaving Reader');
    refuseEnqueues();
    await notify(app, [systemEvent(person.user.id)]);
    expect(await keptInOutbox(app, person.user.id)).toHaveLength(1);

    expect((await apiClient(app.baseUrl).delete('/api/me', { token: person.accessToken })).status).toBe(204);

    expect(await keptInOutbox(app, person.user.id)).toEqual([]);
  });
});
