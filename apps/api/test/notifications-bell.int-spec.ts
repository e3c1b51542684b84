/**
 * The bell and the preferences over REST, on both queue backends: newest
 * first with paging, the unread filter, reading one or all, nobody else's
 * notifications, and what each preference changes about delivery.
 */
import type { Notification, NotificationPreferences, Page } from '@klasteris/contracts';

import { DataSource } from 'typeorm';

import { GatherDigestsJob } from '../src/notifications/digest/gather-digests.job';
import { MailTransport } from '../src/platform/mail/mail-transport';
import { registerPerson, SignedInPerson } from './support/accounts';
import { apiClient } from './support/http';
import { collect, connected, liveClient, LiveClient, pause } from './support/live-client';
import {
  describeOnQueueBackends,
  eventually,
  mailDeliveries,
  notify,
  queuesSettled,
  storedNotifications,
  systemEvent,
} from './support/notifications';
import { startTestApp, TestApp } from './support/test-app';

describeOnQueueBackends('notifications: the bell and preferences', (backend) => {
  let app: TestApp;
  let api: ReturnType<typeof apiClient>;
  const sockets: LiveClient[] = [];

  const delivered = async (person: SignedInPerson, count: number) =>
    eventually(`${count} stored`, async () => (await storedNotifications(app, person.user.id)).length === count);

  beforeAll(async () => {
    app = await startTestApp({ label: `bell${backend.name}`, redis: backend.redis });
    api = apiClient(app.baseUrl);
  });
  afterEach(() => {
    sockets.splice(0).forEach((socket) => socket.disconnect());
    jest.restoreAllMocks();
  });
  afterAll(() => app.close());

  it('lists the newest first, page by page, and filters the unread ones', async () => {
    const person = await registerPerson(app.baseUrl, 'Bell Reader');
    for (let i = 1; i <= 5; i += 1) {
      await notify(app, [systemEvent(person.user.id, { params: { title: `Number ${i}`, body: `Body ${i}` } })]);
      await delivered(person, i);
    }

    const first = await api.get<Page<Notification>>('/api/notifications?limit=2', { token: person.accessToken });
    expect(first.status).toBe(200);
    expect(first.body.items.map((item) => item.title)).toEqual(['Number 5', 'Number 4']);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api.get<Page<Notification>>(`/api/notifications?limit=2&cursor=${first.body.nextCursor}`, {
      token: person.accessToken,
    });
    expect(second.body.items.map((item) => item.title)).toEqual(['Number 3', 'Number 2']);
    const third = await api.get<Page<Notification>>(`/api/notifications?limit=2&cursor=${second.body.nextCursor}`, {
      token: person.accessToken,
    });
    expect(third.body.items.map((item) => item.title)).toEqual(['Number 1']);
    expect(third.body.nextCursor).toBeNull();

    const target = first.body.items[1]!;
    const read = await api.post<Notification>(`/api/notifications/${target.id}/read`, undefined, { token: person.accessToken });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: target.id, readAt: expect.any(String) });
    const again = await api.post<Notification>(`/api/notifications/${target.id}/read`, undefined, { token: person.accessToken });
    expect(again.body.readAt).toBe(read.body.readAt);

    const unread = await api.get<Page<Notification>>('/api/notifications?unread=true', { token: person.accessToken });
    expect(unread.body.items.map((item) => item.title)).toEqual(['Number 5', 'Number 3', 'Number 2', 'Number 1']);
    expect((await api.get('/api/notifications/unread-count', { token: person.accessToken })).body).toEqual({ count: 4 });

    const all = await api.post('/api/notifications/read-all', undefined, { token: person.accessToken });
    expect(all.status).toBe(204);
    const none = await api.get<Page<Notification>>('/api/notifications?unread=true', { token: person.accessToken });
    expect(none.body).toEqual({ items: [], nextCursor: null });
    expect((await api.get('/api/notifications', { token: person.accessToken })).body.items).toHaveLength(5);
  });

  it('answers 404 for somebody else’s notification and changes nothing', async () => {
    const [owner, stranger] = await Promise.all([registerPerson(app.baseUrl, 'Owner'), registerPerson(app.baseUrl, 'Stranger')]);
    await notify(app, [systemEvent(owner.user.id)]);
    await delivered(owner, 1);
    const [notification] = await storedNotifications(app, owner.user.id);

    const response = await api.post(`/api/notifications/${notification!.id}/read`, undefined, { token: stranger.accessToken });
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'NOT_FOUND' });
    await api.post('/api/notifications/read-all', undefined, { token: stranger.accessToken });
    const owners = await api.get<Page<Notification>>('/api/notifications?unread=true', { token: owner.accessToken });
    expect(owners.body.items).toHaveLength(1);
    expect((await api.get('/api/notifications', { token: stranger.accessToken })).body.items).toEqual([]);
  });

  it('refuses bad input and strangers', async () => {
    const person = await registerPerson(app.baseUrl, 'Careless Caller');
    const token = person.accessToken;
    expect((await api.get('/api/notifications')).status).toBe(401);
    expect((await api.get('/api/notifications?unread=maybe', { token })).status).toBe(400);
    expect((await api.get('/api/notifications?limit=0', { token })).status).toBe(400);
    expect((await api.get('/api/notifications?cursor=bm9wZQ', { token })).status).toBe(400);
    expect((await api.post('/api/notifications/not-a-uuid/read', undefined, { token })).status).toBe(400);
  });

  it('lists every kind with defaults and changes only the kinds given', async () => {
    const person = await registerPerson(app.baseUrl, 'Chooser');
    const token = person.accessToken;
    const defaults = await api.get<NotificationPreferences>('/api/me/notification-preferences', { token });
    expect(defaults.status).toBe(200);
    expect(defaults.body.items.map((item) => item.kind)).toEqual([
      'submission_made',
      'review_given',
      'review_overdue',
      'mention',
      'booking',
      'moderation',
      'system',
    ]);
    expect(defaults.body.items.find((item) => item.kind === 'review_given')).toEqual({
      kind: 'review_given',
      inApp: true,
      email: true,
      digest: false,
    });

    const changed = await api.put<NotificationPreferences>(
      '/api/me/notification-preferences',
      { items: [{ kind: 'mention', inApp: false, email: true, digest: true }] },
      { token },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.items.find((item) => item.kind === 'mention')).toEqual({ kind: 'mention', inApp: false, email: true, digest: true });
    expect(changed.body.items.find((item) => item.kind === 'review_given')).toEqual(
      defaults.body.items.find((item) => item.kind === 'review_given'),
    );
    expect((await api.get('/api/me/notification-preferences', { token })).body).toEqual(changed.body);

    for (const bad of [
      { items: [] },
      { items: [{ kind: 'gossip', inApp: true, email: true, digest: false }] },
      { items: [{ kind: 'mention', inApp: 'yes', email: true, digest: false }] },
      { items: [{ kind: 'mention', inApp: true, email: true }] },
      {
        items: [
          { kind: 'mention', inApp: true, email: true, digest: false },
          { kind: 'mention', inApp: false, email: true, digest: false },
        ],
      },
    ]) {
      const response = await api.put('/api/me/notification-preferences', bad, { token });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    expect((await api.get('/api/me/notification-preferences', { token })).body).toEqual(changed.body);
  });

  it('keeps an in-app-off notification out of the bell and off the sockets, e-mailing it still', async () => {
    const person = await registerPerson(app.baseUrl, 'Quiet Bell');
    await api.put(
      '/api/me/notification-preferences',
      { items: [{ kind: 'system', inApp: false, email: true, digest: false }] },
      { token: person.accessToken },
    );
    const socket = liveClient(app.baseUrl, person.accessToken);
    sockets.push(socket);
    await connected(socket);
    const received = collect(socket, 'notification:new');

    await notify(app, [systemEvent(person.user.id)]);
    await eventually('e-mailed', async () => (await mailDeliveries(app, person.user.id))[0]?.status === 'sent');
    await pause(100);

    expect(received).toHaveLength(0);
    expect(await storedNotifications(app, person.user.id)).toEqual([expect.objectContaining({ in_app: false, pushed_at: null })]);
    expect((await api.get('/api/notifications', { token: person.accessToken })).body.items).toEqual([]);
    expect((await api.get('/api/notifications/unread-count', { token: person.accessToken })).body).toEqual({ count: 0 });
  });

  it('sends no e-mail when e-mail is off, and gathers digest ones into one daily e-mail', async () => {
    const person = await registerPerson(app.baseUrl, 'Digest Lover');
    await api.put(
      '/api/me/notification-preferences',
      {
        items: [
          { kind: 'system', inApp: true, email: false, digest: false },
          { kind: 'mention', inApp: true, email: true, digest: true },
        ],
      },
      { token: person.accessToken },
    );
    const send = jest.spyOn(app.app.get(MailTransport), 'send');
    const mention = (excerpt: string) =>
      systemEvent(person.user.id, { kind: 'mention', params: { authorName: 'Rūta', roomName: 'Utena', excerpt } });

    await notify(app, [systemEvent(person.user.id), mention('first'), mention('second')]);
    await delivered(person, 3);
    await queuesSettled(app);
    expect(send).not.toHaveBeenCalled();
    expect((await storedNotifications(app, person.user.id)).map((row) => row.email_mode).sort()).toEqual([
      'digest',
      'digest',
      'none',
    ]);

    const gather = app.app.get(GatherDigestsJob);
    await gather.gather();
    await eventually('digest sent', async () => send.mock.calls.length === 1);
    const [message] = send.mock.calls[0]!;
    expect(message.subject).toContain('(2)');
    expect(message.text).toContain('first');
    expect(message.text).toContain('second');

    // Another run the same day sends no second digest; what came after it waits for tomorrow's.
    await notify(app, [mention('third')]);
    await delivered(person, 4);
    await gather.gather();
    await queuesSettled(app);
    await pause(100);
    expect(send).toHaveBeenCalledTimes(1);
    expect((await mailDeliveries(app, person.user.id)).map((delivery) => delivery.status)).toEqual(['sent']);
    const waiting = (await app.app
      .get(DataSource)
      .query(`SELECT body FROM notifications WHERE recipient_id = $1 AND email_mode = 'digest' AND digest_delivery_id IS NULL`, [
        person.user.id,
      ])) as { body: string }[];
    expect(waiting.map((row) => row.body)).toEqual(['third']);
  });
});
