/**
 * The notification pipeline end to end, on both queue backends: an event
 * becomes one stored notification, one live `notification:new` on every
 * device of the person and one e-mail (in their language), however often it
 * is sent and however often the mail server refuses first.
 */
import type { Notification } from '@klasteris/contracts';

import { MailTransport } from '../src/platform/mail/mail-transport';
import { LivePublisher } from '../src/platform/realtime/live-publisher';
import { registerPerson } from './support/accounts';
import { apiClient } from './support/http';
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

describeOnQueueBackends('notifications: delivery', (backend) => {
  let app: TestApp;
  const sockets: LiveClient[] = [];
  const open = async (token: string) => {
    const socket = liveClient(app.baseUrl, token);
    sockets.push(socket);
    await connected(socket);
    return socket;
  };

  beforeAll(async () => {
    app = await startTestApp({ label: `notify${backend.name}`, redis: backend.redis });
  });
  afterEach(() => {
    sockets.splice(0).forEach((socket) => socket.disconnect());
    jest.restoreAllMocks();
  });
  afterAll(() => app.close());

  it('stores one notification and pushes it once to every device of the person, in their language', async () => {
    const person = await registerPerson(app.baseUrl, 'Two Devices');
    await apiClient(app.baseUrl).patch('/api/me', { locale: 'lt' }, { token: person.accessToken });
    const [laptop, phone] = await Promise.all([open(person.accessToken), open(person.accessToken)]);
    const other = await registerPerson(app.baseUrl, 'Somebody Else');
    const otherSocket = await open(other.accessToken);
    const onLaptop = collect(laptop, 'notification:new');
    const onPhone = collect(phone, 'notification:new');
    const onOther = collect(otherSocket, 'notification:new');

    await notify(app, [systemEvent(person.user.id)]);

    await eventually('pushed to both devices', async () => onLaptop.length === 1 && onPhone.length === 1);
    const stored = await storedNotifications(app, person.user.id);
    expect(stored).toHaveLength(1);
    const pushed: Notification = onLaptop[0]!.notification;
    expect(pushed).toMatchObject({ id: stored[0]!.id, kind: 'system', title: 'Sveiki', body: 'Labas', link: '/groups', readAt: null });
    expect(onPhone[0]!.notification).toEqual(pushed);
    await queuesSettled(app);
    await pause(200);
    expect(onLaptop).toHaveLength(1);
    expect(onPhone).toHaveLength(1);
    expect(onOther).toHaveLength(0);
  });

  it('delivers an event sent twice (together and later) once', async () => {
    const person = await registerPerson(app.baseUrl, 'Said Twice');
    const socket = await open(person.accessToken);
    const received = collect(socket, 'notification:new');
    const event = systemEvent(person.user.id);

    await notify(app, [event, event]);
    await notify(app, [event]);
    await eventually('pushed', async () => received.length === 1);
    await queuesSettled(app);
    // Long after the first job finished: its id no longer dedupes, the database does.
    await notify(app, [{ ...event, params: { ...event.params, 'title.en': 'Changed' } }]);
    await queuesSettled(app);
    await pause(200);

    expect(received).toHaveLength(1);
    const stored = await storedNotifications(app, person.user.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.title).toBe('Welcome');
    await eventually('one e-mail', async () => outboxFiles(app).length > 0 && (await mailDeliveries(app, person.user.id))[0]?.status === 'sent');
    expect(await mailDeliveries(app, person.user.id)).toHaveLength(1);
  });

  it('still pushes the notification live when the first push fails, and keeps one notification', async () => {
    const person = await registerPerson(app.baseUrl, 'Second Push');
    const socket = await open(person.accessToken);
    const received = collect(socket, 'notification:new');
    const publisher = app.app.get(LivePublisher);
    const realToUser = publisher.toUser.bind(publisher);
    const toUser = jest
      .spyOn(publisher, 'toUser')
      .mockImplementationOnce(() => {
        throw new Error('the live layer is down');
      })
      .mockImplementation(realToUser);

    await notify(app, [systemEvent(person.user.id)]);

    // The failed job is retried after its backoff, finds the stored notification and pushes it.
    await eventually('pushed on the retry', async () => received.length === 1);
    expect(toUser).toHaveBeenCalledTimes(2);
    const stored = await storedNotifications(app, person.user.id);
    expect(stored).toHaveLength(1);
    expect(received[0]!.notification.id).toBe(stored[0]!.id);
    await queuesSettled(app);
    await pause(200);
    expect(received).toHaveLength(1);
    await eventually('one e-mail', async () => (await mailDeliveries(app, person.user.id))[0]?.status === 'sent');
    expect(await mailDeliveries(app, person.user.id)).toHaveLength(1);
  });

  it('sends one e-mail when the mail server refuses twice and then accepts', async () => {
    const person = await registerPerson(app.baseUrl, 'Patient Reader');
    const transport = app.app.get(MailTransport);
    const realSend = transport.send.bind(transport);
    const send = jest
      .spyOn(transport, 'send')
      .mockRejectedValueOnce(new Error('451 try again later'))
      .mockRejectedValueOnce(new Error('451 try again later'))
      .mockImplementation(realSend);
    const before = outboxFiles(app).length;

    await notify(app, [systemEvent(person.user.id)]);

    const [delivery] = await eventually('the e-mail sent', async () => {
      const deliveries = await mailDeliveries(app, person.user.id);
      return deliveries[0]?.status === 'sent' ? deliveries : null;
    });
    expect(delivery).toMatchObject({ status: 'sent', attempts: 3 });
    expect(send).toHaveBeenCalledTimes(3);
    expect(outboxFiles(app).length - before).toBe(1);
    expect(await storedNotifications(app, person.user.id)).toHaveLength(1);
    // A late duplicate of the mail job finds the delivery sent and sends nothing.
    await queuesSettled(app);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('writes the e-mail in the person’s language, with a link into the web client', async () => {
    const person = await registerPerson(app.baseUrl, 'Lithuanian Reader');
    await apiClient(app.baseUrl).patch('/api/me', { locale: 'lt' }, { token: person.accessToken });
    const transport = app.app.get(MailTransport);
    const send = jest.spyOn(transport, 'send');

    await notify(app, [systemEvent(person.user.id, { link: '/groups/42' })]);

    await eventually('sent', async () => send.mock.calls.length === 1);
    const [message] = send.mock.calls[0]!;
    expect(message.to).toBe(person.email);
    expect(message.subject).toBe('Sveiki');
    expect(message.text).toContain('Labas');
    expect(message.text).toContain(`${app.config.publicUrl}/groups/42`);
    expect(message.text).toContain('Atidaryti');
  });
});
