/**
 * `GET /api/admin/system`: what the admins' health page shows, for admins only,
 * with the process's own sockets counted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { SystemStatus } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import type { SignedInPerson } from './support/accounts';
import { createGroup, sendMessage } from './support/groups';
import { apiClient } from './support/http';
import { livePool, PRIVACY_ADMIN, signInPrivacyAdmin, signUp } from './support/privacy';
import { describeWithRedis, startTestApp, TestApp } from './support/test-app';

jest.setTimeout(60_000);

const VERSION = (JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as { version: string })
  .version;

describeWithRedis('admin: system status (scaled: PostgreSQL and Redis)', () => {
  let app: TestApp;
  let admin: SignedInPerson;
  let learner: SignedInPerson;
  const live = livePool(() => app);
  const api = () => apiClient(app.baseUrl);
  const status = async () => (await api().get<SystemStatus>('/api/admin/system', { token: admin.accessToken })).body;

  beforeAll(async () => {
    app = await startTestApp({ label: 'adminsystem', redis: true, config: { admin: PRIVACY_ADMIN, trustProxy: true } });
    admin = await signInPrivacyAdmin(app);
    learner = await signUp(app, 'Curious Learner');
  });
  afterAll(async () => {
    live.closeAll();
    await app.close();
  });

  it('is for admins only', async () => {
    expect((await api().get('/api/admin/system')).status).toBe(401);
    expect((await api().get('/api/admin/system', { token: learner.accessToken })).status).toBe(403);
    const moderator = await signUp(app, 'Moderator Not Admin', 'moderator');
    expect((await api().get('/api/admin/system', { token: moderator.accessToken })).status).toBe(403);
  });

  it('shows every check up, how the system runs, and its version', async () => {
    const response = await api().get<SystemStatus>('/api/admin/system', { token: admin.accessToken });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      mode: 'scaled',
      version: VERSION,
      checks: { database: 'up', queue: 'up', redis: 'up' },
      queueBackend: 'redis',
      mail: 'outbox',
    });
    expect(response.body.databaseLatencyMs).toEqual(expect.any(Number));
    expect(response.body.uptimeSeconds).toBeGreaterThanOrEqual(0);
    expect(Date.parse(response.body.startedAt)).toBeLessThanOrEqual(Date.now());
  });

  it('counts people, groups, recent messages and open reports as they come', async () => {
    const before = await status();
    const newcomer = await signUp(app, 'Counted Person');
    await app.app.get(DataSource).query(`UPDATE users SET deactivated_at = now() WHERE id = $1`, [newcomer.user.id]);
    const group = await createGroup(app, learner, { name: 'Counted group' });
    const { socket } = await live.join(learner, group.defaultRoomId);
    const message = await sendMessage(socket, group.defaultRoomId, 'Counted message');
    await app.app
      .get(DataSource)
      .query(
        `INSERT INTO reports (target_type, target_id, room_id, reporter_id, reason) VALUES ('message', $1, $2, $3, 'Spam')`,
        [message.id, group.defaultRoomId, admin.user.id],
      );
    live.closeAll();

    const after = await status();
    expect(after.counts).toMatchObject({
      people: before.counts.people + 1,
      deactivatedPeople: before.counts.deactivatedPeople + 1,
      groups: before.counts.groups + 1,
      messagesLast24h: before.counts.messagesLast24h + 1,
      openReports: before.counts.openReports + 1,
      failedJobs: 0,
    });
  });

  it('counts the sockets connected to this process', async () => {
    const start = (await status()).liveConnectionsHere;
    const first = await live.connect(learner);
    await live.connect(admin);
    expect((await status()).liveConnectionsHere).toBe(start + 2);
    first.disconnect();
    let now = start + 2;
    for (let attempt = 0; attempt < 50 && now !== start + 1; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      now = (await status()).liveConnectionsHere;
    }
    expect(now).toBe(start + 1);
  });
});

describe('admin: system status (PostgreSQL only)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ label: 'adminsystempg', config: { admin: PRIVACY_ADMIN } });
  });
  afterAll(() => app.close());

  it('says the queues run on PostgreSQL and Redis is not configured', async () => {
    const admin = await signInPrivacyAdmin(app);
    const response = await apiClient(app.baseUrl).get<SystemStatus>('/api/admin/system', { token: admin.accessToken });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      mode: 'embedded',
      queueBackend: 'postgres',
      checks: { database: 'up', queue: 'up', redis: 'not_configured' },
      liveConnectionsHere: 0,
    });
  });
});
