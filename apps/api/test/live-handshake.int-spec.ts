import type { Notification } from '@klasteris/contracts';

import { LivePublisher } from '../src/platform/realtime/live-publisher';
import { registerPerson, TEST_PASSWORD } from './support/accounts';
import { apiClient } from './support/http';
import { connected, disconnected, liveClient, LiveClient, nextEvent } from './support/live-client';
import { describeWithRedis, startTestApp, TestApp } from './support/test-app';

const ADMIN = { email: 'admin@handshake.test', password: 'admin-password-123' };

const sampleNotification = (title: string): Notification => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'system',
  title,
  body: 'body',
  link: null,
  createdAt: new Date().toISOString(),
  readAt: null,
});

describe('the /live handshake', () => {
  let app: TestApp;
  const sockets: LiveClient[] = [];
  const open = (token: string | undefined, headers?: Record<string, string>) => {
    const socket = liveClient(app.baseUrl, token, headers);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    app = await startTestApp({ label: 'handshake', config: { admin: ADMIN } });
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));
  afterAll(() => app.close());

  it('refuses a socket without a token with UNAUTHENTICATED', async () => {
    await expect(connected(open(undefined))).rejects.toThrow('UNAUTHENTICATED');
  });

  it('refuses a forged or expired token with UNAUTHENTICATED', async () => {
    await expect(connected(open('not-a-jwt'))).rejects.toThrow('UNAUTHENTICATED');
  });

  it('refuses a browser handshake from an origin outside the allow-list', async () => {
    const person = await registerPerson(app.baseUrl, 'Origin Person');
    await expect(connected(open(person.accessToken, { origin: 'https://evil.example' }))).rejects.toThrow();
    await expect(
      connected(open(person.accessToken, { origin: app.config.allowedOrigins[0]! })),
    ).resolves.toBeUndefined();
  });

  it('accepts a good token and delivers the person their own notifications, and nobody else', async () => {
    const alice = await registerPerson(app.baseUrl, 'Alice');
    const bob = await registerPerson(app.baseUrl, 'Bob');
    const aliceSocket = open(alice.accessToken);
    const bobSocket = open(bob.accessToken);
    await Promise.all([connected(aliceSocket), connected(bobSocket)]);

    let bobGotIt = false;
    bobSocket.on('notification:new', () => (bobGotIt = true));
    const received = nextEvent(aliceSocket, 'notification:new');
    app.app
      .get(LivePublisher)
      .toUser(alice.user.id, 'notification:new', { notification: sampleNotification('for Alice') });
    expect((await received).notification.title).toBe('for Alice');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bobGotIt).toBe(false);
  });

  it('signing out disconnects that session and its token can no longer connect', async () => {
    const person = await registerPerson(app.baseUrl, 'Leaving Person');
    const socket = open(person.accessToken);
    await connected(socket);
    const gone = disconnected(socket);
    const logout = await apiClient(app.baseUrl).post('/api/auth/logout', undefined, {
      token: person.accessToken,
      cookie: person.refreshCookie,
    });
    expect(logout.status).toBe(204);
    expect(await gone).toBe('io server disconnect');
    await expect(connected(open(person.accessToken))).rejects.toThrow('UNAUTHENTICATED');
  });

  it('deactivating a person disconnects every one of their sockets', async () => {
    const person = await registerPerson(app.baseUrl, 'Deactivated Person');
    const tabs = [open(person.accessToken), open(person.accessToken)];
    await Promise.all(tabs.map(connected));
    const bothGone = Promise.all(tabs.map(disconnected));

    const api = apiClient(app.baseUrl);
    const admin = await api.post('/api/auth/login', ADMIN);
    expect(admin.status).toBe(200);
    const patch = await api.patch(
      `/api/users/${person.user.id}`,
      { deactivated: true },
      { token: admin.body.accessToken },
    );
    expect(patch.status).toBe(200);
    await bothGone;
    const again = await api.post('/api/auth/login', { email: person.email, password: TEST_PASSWORD });
    expect(again.status).toBe(403);
  });
});

describeWithRedis('the /live namespace across two API processes on Redis', () => {
  let nodeA: TestApp;
  let nodeB: TestApp;

  beforeAll(async () => {
    nodeA = await startTestApp({ label: 'twonodes', redis: true });
    nodeB = await startTestApp({
      label: 'twonodes',
      redis: true,
      databaseUrl: nodeA.config.databaseUrl,
      config: { redisPrefix: nodeA.config.redisPrefix },
    });
  });
  afterAll(async () => {
    await nodeB?.close();
    await nodeA?.close();
  });

  it('delivers a notification published on node A to the person connected to node B', async () => {
    const person = await registerPerson(nodeA.baseUrl, 'Two Node Person');
    const socket = liveClient(nodeB.baseUrl, person.accessToken);
    try {
      await connected(socket);
      const received = nextEvent(socket, 'notification:new');
      nodeA.app
        .get(LivePublisher)
        .toUser(person.user.id, 'notification:new', { notification: sampleNotification('across nodes') });
      expect((await received).notification.title).toBe('across nodes');
    } finally {
      socket.disconnect();
    }
  });

  it('signing out on node A disconnects the socket held by node B', async () => {
    const person = await registerPerson(nodeA.baseUrl, 'Two Node Leaver');
    const socket = liveClient(nodeB.baseUrl, person.accessToken);
    await connected(socket);
    const gone = disconnected(socket);
    await apiClient(nodeA.baseUrl).post('/api/auth/logout', undefined, {
      token: person.accessToken,
      cookie: person.refreshCookie,
    });
    expect(await gone).toBe('io server disconnect');
  });
});
