/**
 * Scaled out on Redis: an API process (ROLE=api) that runs no jobs queues
 * the event, a worker process (ROLE=worker) stores and e-mails it, and the
 * live push reaches the person's socket on the API process.
 */
import { createTestDatabase, TestDatabase, uniquePrefix } from '../../../tools/testing/test-postgres';
import { JobRunner } from '../src/platform/queue/job-runner';
import { registerPerson } from './support/accounts';
import { collect, connected, liveClient, LiveClient } from './support/live-client';
import { eventually, mailDeliveries, notify, storedNotifications, systemEvent } from './support/notifications';
import { describeWithRedis, startTestApp, TestApp } from './support/test-app';

describeWithRedis('notifications: API and worker processes (queues on Redis)', () => {
  let database: TestDatabase;
  let apiNode: TestApp;
  let workerNode: TestApp;
  const sockets: LiveClient[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('roles');
    const redisPrefix = uniquePrefix('roles');
    apiNode = await startTestApp({ label: 'roles', redis: true, databaseUrl: database.url, config: { role: 'api', redisPrefix } });
    workerNode = await startTestApp({ label: 'roles', redis: true, databaseUrl: database.url, config: { role: 'worker', redisPrefix } });
  });
  afterAll(async () => {
    sockets.splice(0).forEach((socket) => socket.disconnect());
    await workerNode?.close();
    await apiNode?.close();
    await database.drop();
  });

  it('runs jobs only in the worker, and the push still reaches the socket on the API node', async () => {
    expect(() => apiNode.app.get(JobRunner, { strict: false })).toThrow();
    const person = await registerPerson(apiNode.baseUrl, 'Scaled Reader');
    const socket = liveClient(apiNode.baseUrl, person.accessToken);
    sockets.push(socket);
    await connected(socket);
    const received = collect(socket, 'notification:new');

    await notify(apiNode, [systemEvent(person.user.id)]);

    await eventually('pushed through the worker', async () => received.length === 1);
    expect(await storedNotifications(apiNode, person.user.id)).toHaveLength(1);
    await eventually('e-mailed by the worker', async () => (await mailDeliveries(apiNode, person.user.id))[0]?.status === 'sent');
  });
});
