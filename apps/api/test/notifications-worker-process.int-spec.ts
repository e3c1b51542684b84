/**
 * ROLE=worker as operators run it: the built API started as a process of its
 * own beside an API node (ROLE=api) on the same database and Redis prefix. A
 * hand-in made on the API node, which runs no jobs, reaches the lecturer's
 * bell live and in the list, delivered by the worker process (whose outbox
 * gets the e-mail).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Notification, Page, UnreadNotificationCount } from '@klasteris/contracts';

import { createTestDatabase, TestDatabase, testRedisUrl, uniquePrefix } from '../../../tools/testing/test-postgres';
import { runMigrations } from '../src/platform/database/run-migrations';
import { outboxDirectoryOf, readOutbox } from '../src/platform/mail/outbox-mail-transport';
import { JobRunner } from '../src/platform/queue/job-runner';
import { registerPerson } from './support/accounts';
import { BUILT_MAIN, startWorkerProcess, WorkerProcess } from './support/api-process';
import { apiClient } from './support/http';
import { collect, connected, liveClient, LiveClient, pause } from './support/live-client';
import { eventually, outboxFiles, queuesSettled } from './support/notifications';
import {
  addModule,
  createAssignment,
  createProgramme,
  enrol,
  registerLecturer,
  signInAdmin,
  submitText,
  TEST_ADMIN,
} from './support/programmes';
import { describeWithRedis, startTestApp, TestApp } from './support/test-app';

const built = existsSync(BUILT_MAIN);
const describeBuiltWithRedis: jest.Describe = (
  built
    ? describeWithRedis
    : (name: string, fn: () => void) =>
        describe.skip(`${name} (skipped: build the API first with \`npx nx build api\`)`, fn)
) as jest.Describe;

describeBuiltWithRedis('notifications: a worker in a process of its own (ROLE=worker, queues on Redis)', () => {
  let database: TestDatabase;
  let workerDataDir: string;
  let apiNode: TestApp | undefined;
  let worker: WorkerProcess | undefined;
  const sockets: LiveClient[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('workerprocess');
    // Once, before either process starts, so neither meets a half-made schema.
    await runMigrations(database.url);
    const redisPrefix = uniquePrefix('workerprocess');
    workerDataDir = mkdtempSync(path.join(os.tmpdir(), 'klasteris-worker-'));
    apiNode = await startTestApp({
      label: 'workerprocess',
      redis: true,
      databaseUrl: database.url,
      config: { role: 'api', redisPrefix, admin: TEST_ADMIN },
    });
    worker = await startWorkerProcess({
      databaseUrl: database.url,
      redisUrl: testRedisUrl()!,
      redisPrefix,
      dataDir: workerDataDir,
    });
  }, 120_000);
  afterAll(async () => {
    sockets.splice(0).forEach((socket) => socket.disconnect());
    await worker?.stop();
    await apiNode?.close();
    await database?.drop();
    if (workerDataDir) rmSync(workerDataDir, { recursive: true, force: true });
  }, 60_000);

  it('delivers a hand-in made on the API node to the lecturer’s bell, live and in the list, through the worker process', async () => {
    const node = apiNode!;
    // The API node runs no job processors: whatever delivers the notification is the other process.
    expect(() => node.app.get(JobRunner, { strict: false })).toThrow();
    const api = apiClient(node.baseUrl);
    const adminToken = await signInAdmin(node);
    const lecturer = await registerLecturer(node, adminToken, 'Aistė Dėstytoja');
    const programme = await createProgramme(node, lecturer.accessToken);
    const module = await addModule(node, lecturer.accessToken, programme.id);
    const assignment = await createAssignment(node, lecturer.accessToken, module.id, {
      title: { lt: 'Partnerystės žemėlapis', en: 'Partnership map' },
    });
    const learner = await registerPerson(node.baseUrl, 'Rasa Jonaitienė');
    await enrol(node, learner.accessToken, programme.id);
    const socket = liveClient(node.baseUrl, lecturer.accessToken);
    sockets.push(socket);
    await connected(socket);
    const live = collect(socket, 'notification:new');

    const submission = await submitText(node, learner.accessToken, assignment.id, 'Mūsų partneriai: biblioteka.');

    await eventually('the lecturer told live', async () => live.length === 1, 20_000);
    expect(live[0]!.notification).toMatchObject({
      kind: 'submission_made',
      link: `/submissions/${submission.id}`,
      readAt: null,
    });
    const bell = await api.get<Page<Notification>>('/api/notifications', { token: lecturer.accessToken });
    expect(bell.body.items).toHaveLength(1);
    expect(bell.body.items[0]).toMatchObject({ id: live[0]!.notification.id, kind: 'submission_made', readAt: null });
    expect(bell.body.items[0]!.body).toContain('Rasa Jonaitienė');
    const unread = await api.get<UnreadNotificationCount>('/api/notifications/unread-count', {
      token: lecturer.accessToken,
    });
    expect(unread.body.count).toBe(1);

    // The e-mail was written by the worker process, into its own DATA_DIR.
    const mails = await eventually(
      'the e-mail in the worker’s outbox',
      async () => {
        const outbox = await readOutbox(outboxDirectoryOf(workerDataDir), 10);
        return outbox.length > 0 ? outbox : null;
      },
      20_000,
    );
    expect(mails).toEqual([expect.objectContaining({ to: lecturer.email })]);
    expect(outboxFiles(node)).toEqual([]);

    // Once: nothing more arrives after the queues have settled.
    await queuesSettled(node);
    await pause(200);
    expect(live).toHaveLength(1);
    expect(await readOutbox(outboxDirectoryOf(workerDataDir), 10)).toHaveLength(1);
  }, 60_000);
});

if (!built) {
  it.skip('notifications: a worker in a process of its own (skipped: build the API first with `npx nx build api`)', () =>
    undefined);
}
