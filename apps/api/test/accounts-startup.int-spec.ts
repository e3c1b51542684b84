/**
 * What the accounts do at start: the ADMIN_EMAIL bootstrap and the demo
 * seed. Both must hold when several processes start on one database, so
 * this file starts the app more than once per database on purpose.
 */
import { DataSource } from 'typeorm';

import { createTestDatabase, TestDatabase } from '../../../tools/testing/test-postgres';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/seed/demo-accounts';
import { DEMO_COLLEAGUES } from '../src/seed/demo-groups';
import { DEMO_ORGANISATION_NAMES, DEMO_ORGANISATIONS } from '../src/seed/demo-organisations';
import { DEMO_OPEN_ROOM } from '../src/seed/demo-rooms';
import { registerPerson, SignedInPerson, TEST_PASSWORD } from './support/accounts';
import { apiClient } from './support/http';
import { startTestApp, TestApp } from './support/test-app';

/** Starts several apps at once; the ones that did start are kept for closing even if another failed. */
async function startTogether(apps: TestApp[], ...starts: Promise<TestApp>[]): Promise<void> {
  const results = await Promise.allSettled(starts);
  for (const result of results) if (result.status === 'fulfilled') apps.push(result.value);
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}

const count = async (app: TestApp, sql: string, parameters: unknown[] = []): Promise<number> => {
  const rows: { count: string }[] = await app.app.get(DataSource).query(sql, parameters);
  return Number(rows[0]!.count);
};

describe('accounts at start: the admin bootstrap', () => {
  const FRESH_ADMIN = { email: 'fresh.admin@startup.test', password: 'fresh-admin-password' };
  let database: TestDatabase;
  const apps: TestApp[] = [];
  let existing: SignedInPerson;

  beforeAll(async () => {
    database = await createTestDatabase('accountsboot');
    const first = await startTestApp({ label: 'accountsboot', databaseUrl: database.url });
    apps.push(first);
    existing = await registerPerson(first.baseUrl, 'Existing Person');
    // Two processes configured with a new admin start at the same moment.
    await startTogether(
      apps,
      startTestApp({ label: 'accountsboot', databaseUrl: database.url, config: { admin: FRESH_ADMIN } }),
      startTestApp({ label: 'accountsboot', databaseUrl: database.url, config: { admin: FRESH_ADMIN } }),
    );
    // Then one configured with the address of a person who already has an account.
    apps.push(
      await startTestApp({
        label: 'accountsboot',
        databaseUrl: database.url,
        config: { admin: { email: existing.email, password: 'a-different-password' } },
      }),
    );
  });
  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
    await database?.drop();
  });

  it('creates the configured admin once, even when two processes start together', async () => {
    const app = apps[1]!;
    expect(await count(app, 'SELECT count(*) FROM users WHERE email = $1', [FRESH_ADMIN.email])).toBe(1);
    const signedIn = await apiClient(app.baseUrl).post('/api/auth/login', FRESH_ADMIN);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({ email: FRESH_ADMIN.email, role: 'admin' });
  });

  it('promotes an existing account and leaves its password alone', async () => {
    const api = apiClient(apps[3]!.baseUrl);
    const withOldPassword = await api.post('/api/auth/login', { email: existing.email, password: TEST_PASSWORD });
    expect(withOldPassword.status).toBe(200);
    expect(withOldPassword.body.user).toMatchObject({
      id: existing.user.id,
      role: 'admin',
      displayName: 'Existing Person',
    });
    const withConfiguredPassword = await api.post('/api/auth/login', {
      email: existing.email,
      password: 'a-different-password',
    });
    expect(withConfiguredPassword.status).toBe(401);
  });
});

describe('accounts at start: the demo seed', () => {
  let database: TestDatabase;
  const apps: TestApp[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('accountsseed');
    // Two processes start on the same empty database at the same moment.
    await startTogether(
      apps,
      startTestApp({ label: 'accountsseed', databaseUrl: database.url, config: { demoData: true } }),
      startTestApp({ label: 'accountsseed', databaseUrl: database.url, config: { demoData: true } }),
    );
  });
  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
    await database?.drop();
  });

  it('creates the partner organisations once', async () => {
    const list = await apiClient(apps[0]!.baseUrl).get('/api/organisations');
    expect(list.status).toBe(200);
    const names: string[] = list.body.items.map((organisation: { name: string }) => organisation.name);
    expect([...names].sort()).toEqual(DEMO_ORGANISATIONS.map((organisation) => organisation.name).sort());
    expect(list.body.items).toContainEqual({
      id: expect.any(String),
      name: 'Gintarinė akademija',
      kind: 'ngo',
      country: 'LT',
    });
    expect(list.body.items).toContainEqual({
      id: expect.any(String),
      name: 'Flexible Education Norway',
      kind: 'ngo',
      country: 'NO',
    });
  });

  it('opens the demo café room once, with its welcome messages, to every signed-in person', async () => {
    const api = apiClient(apps[0]!.baseUrl);
    const login = await api.post('/api/auth/login', { email: 'learner.ngo@klasteris.demo', password: DEMO_PASSWORD });
    const rooms = await api.get('/api/rooms', { token: login.body.accessToken });
    const cafes = rooms.body.items.filter((room: { name: string }) => room.name === DEMO_OPEN_ROOM.name);
    expect(cafes).toHaveLength(1);
    const history = await api.get(`/api/rooms/${cafes[0].id}/messages`, { token: login.body.accessToken });
    expect(history.body.items.map((message: { body: string }) => message.body)).toEqual(DEMO_OPEN_ROOM.welcome);
  });

  it('creates the demo accounts once, each signing in with the demo password', async () => {
    const api = apiClient(apps[1]!.baseUrl);
    const organisations: { id: string; name: string }[] = (await api.get('/api/organisations')).body.items;
    for (const account of DEMO_ACCOUNTS) {
      const response = await api.post('/api/auth/login', { email: account.email, password: DEMO_PASSWORD });
      expect(response.status).toBe(200);
      expect(response.body.user).toMatchObject({
        email: account.email,
        displayName: account.displayName,
        role: account.role,
        locale: account.locale,
        timeZone: account.timeZone,
        organisationId: organisations.find((organisation) => organisation.name === account.organisation)!.id,
      });
    }
    expect(await count(apps[0]!, `SELECT count(*) FROM users WHERE email LIKE '%@klasteris.demo'`)).toBe(
      DEMO_ACCOUNTS.length + DEMO_COLLEAGUES.length,
    );
    expect(DEMO_ACCOUNTS.map((account) => account.email)).toEqual(
      expect.arrayContaining([
        'learner@klasteris.demo',
        'learner.ngo@klasteris.demo',
        'lecturer@klasteris.demo',
        'lecturer.no@klasteris.demo',
        'moderator@klasteris.demo',
        'admin@klasteris.demo',
      ]),
    );
    expect(DEMO_ACCOUNTS.find((account) => account.email === 'learner@klasteris.demo')).toMatchObject({
      organisation: DEMO_ORGANISATION_NAMES.utena,
      locale: 'en',
    });
  });

  it('creates both programme tracks with five bilingual modules each', async () => {
    const app = apps[0]!;
    expect(await count(app, 'SELECT count(*) FROM programmes')).toBe(2);
    const modules: {
      title: { lt: string; en: string };
      body: { lt: string; en: string };
      position: number;
      programme: string;
    }[] = await app.app
      .get(DataSource)
      .query(
        `SELECT m.title, m.body, m.position, p.title ->> 'en' AS programme FROM programme_modules m JOIN programmes p ON p.id = m.programme_id ORDER BY p.position, m.position`,
      );
    expect(modules).toHaveLength(10);
    expect([...new Set(modules.map((module) => module.programme))]).toEqual([
      'Social clustering competences',
      'Institutional administrative and public capabilities',
    ]);
    expect(modules.map((module) => module.position)).toEqual([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]);
    expect(modules[0]!.title).toEqual({ lt: 'Socialinė partnerystė', en: 'Social partnership' });
    for (const module of modules) {
      expect(module.body.lt).toMatch(/^## /);
      expect(module.body.lt).toMatch(/[ąčęėįšųūž]/);
      expect(module.body.en).toMatch(/^## /);
    }
  });

  it('adds nothing when the app starts again on the same database', async () => {
    apps.push(await startTestApp({ label: 'accountsseed', databaseUrl: database.url, config: { demoData: true } }));
    const restarted = apps[apps.length - 1]!;
    expect(await count(restarted, 'SELECT count(*) FROM organisations')).toBe(DEMO_ORGANISATIONS.length);
    expect(await count(restarted, 'SELECT count(*) FROM programmes')).toBe(2);
    expect(await count(restarted, 'SELECT count(*) FROM programme_modules')).toBe(10);
    expect(await count(restarted, 'SELECT count(*) FROM users')).toBe(DEMO_ACCOUNTS.length + DEMO_COLLEAGUES.length);
  });
});
