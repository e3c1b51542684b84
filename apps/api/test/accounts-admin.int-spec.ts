/** Admin work on people and organisations, role checks, deactivation and the route access audit. */
import { randomUUID } from 'node:crypto';

import type { AdminUserView, Page } from '@klasteris/contracts';

import { RouteAccessAudit } from '../src/accounts/route-access-audit';
import { registerPerson, SignedInPerson, TEST_PASSWORD } from './support/accounts';
import { apiClient, cookieFrom } from './support/http';
import { connected, disconnected, emitWithAck, liveClient } from './support/live-client';
import { createRoom } from './support/rooms';
import { startTestApp, TestApp } from './support/test-app';

const ADMIN = { email: 'root.admin@accounts.test', password: 'admin-password-123' };

const fieldsOf = (body: { details?: { field: string }[] }) => (body.details ?? []).map((issue) => issue.field);

describe('accounts: administration', () => {
  let app: TestApp;
  let api: ReturnType<typeof apiClient>;
  let adminToken: string;
  let adminId: string;
  let learner: SignedInPerson;

  beforeAll(async () => {
    app = await startTestApp({ label: 'accountsadmin', config: { admin: ADMIN } });
    api = apiClient(app.baseUrl);
    const signedIn = await api.post('/api/auth/login', ADMIN);
    adminToken = signedIn.body.accessToken;
    adminId = signedIn.body.user.id;
    learner = await registerPerson(app.baseUrl, 'Plain Learner');
  });
  afterAll(() => app.close());

  it('creates the configured admin at start', async () => {
    const me = await api.get('/api/me', { token: adminToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: ADMIN.email, role: 'admin' });
  });

  it('declares an access decision on every route of the application', () => {
    const audit = app.app.get(RouteAccessAudit);
    expect(audit.undecidedRoutes()).toEqual([]);
    const decisions = new Map(audit.routes().map((route) => [route.handler, route.decision]));
    expect(decisions.get('AuthController.login')).toEqual({ kind: 'public' });
    expect(decisions.get('MeController.me')).toEqual({ kind: 'signed-in' });
    expect(decisions.get('UsersController.update')).toEqual({ kind: 'roles', roles: ['admin'] });
    expect(decisions.size).toBeGreaterThanOrEqual(10);
  });

  describe('who may call the admin routes', () => {
    it('refuses a learner with 403 and nobody at all with 401', async () => {
      const calls = [
        (token?: string) => api.get('/api/users', { token }),
        (token?: string) => api.patch(`/api/users/${learner.user.id}`, { role: 'admin' }, { token }),
        (token?: string) =>
          api.post('/api/organisations', { name: 'Sneaky org', kind: 'ngo', country: 'LT' }, { token }),
      ];
      for (const call of calls) {
        const asLearner = await call(learner.accessToken);
        expect(asLearner.status).toBe(403);
        expect(asLearner.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
        const anonymous = await call();
        expect(anonymous.status).toBe(401);
      }
      expect((await api.get('/api/me', { token: learner.accessToken })).body.role).toBe('learner');
    });
  });

  describe('organisations', () => {
    it('are listed for anyone and created by admins; a person can then register into one', async () => {
      const created = await api.post(
        '/api/organisations',
        { name: '  Prienų socialinių paslaugų centras ', kind: 'public_body', country: 'LT' },
        { token: adminToken },
      );
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        name: 'Prienų socialinių paslaugų centras',
        kind: 'public_body',
        country: 'LT',
      });

      const list = await api.get('/api/organisations');
      expect(list.status).toBe(200);
      expect(list.body).toEqual({ items: expect.arrayContaining([created.body]), nextCursor: null });

      const person = await api.post('/api/auth/register', {
        email: `member.${randomUUID().slice(0, 8)}@example.org`,
        password: TEST_PASSWORD,
        displayName: 'Centro Darbuotoja',
        organisationId: created.body.id,
      });
      expect(person.status).toBe(201);
      expect(person.body.user.organisationId).toBe(created.body.id);
    });

    it('refuses a second organisation with the same name, whatever its letter case, with 409', async () => {
      const body = { name: 'Kupiškio bendruomenė', kind: 'ngo', country: 'LT' };
      expect((await api.post('/api/organisations', body, { token: adminToken })).status).toBe(201);
      const again = await api.post(
        '/api/organisations',
        { ...body, name: 'KUPIŠKIO BENDRUOMENĖ' },
        { token: adminToken },
      );
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('CONFLICT');
    });

    it('refuses an unknown kind or country, naming the fields', async () => {
      const response = await api.post(
        '/api/organisations',
        { name: 'Somewhere', kind: 'church', country: 'DE' },
        { token: adminToken },
      );
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body).sort()).toEqual(['country', 'kind']);
    });
  });

  describe('the people list', () => {
    it('finds people by part of their name or e-mail and pages by name with a cursor', async () => {
      const tag = `zz${randomUUID().slice(0, 6)}`;
      const people = await Promise.all(
        ['Eglė', 'Aušra', 'Birutė', 'Darius', 'Gintarė'].map((name) => registerPerson(app.baseUrl, `${tag} ${name}`)),
      );

      const pageAfter = async (cursor: string | null): Promise<Page<AdminUserView>> => {
        const response = await api.get<Page<AdminUserView>>(
          `/api/users?query=${tag.toUpperCase()}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          { token: adminToken },
        );
        expect(response.status).toBe(200);
        expect(response.body.items.length).toBeLessThanOrEqual(2);
        return response.body;
      };
      const seen: string[] = [];
      let page = await pageAfter(null);
      seen.push(...page.items.map((item) => item.displayName));
      while (page.nextCursor) {
        page = await pageAfter(page.nextCursor);
        seen.push(...page.items.map((item) => item.displayName));
      }
      expect(seen).toHaveLength(people.length);
      expect(new Set(seen).size).toBe(people.length);
      expect(seen).toEqual([...seen].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));

      const byEmail = await api.get(`/api/users?query=${encodeURIComponent(people[0]!.email.split('@')[0]!)}`, {
        token: adminToken,
      });
      expect(byEmail.body.items).toEqual([
        {
          ...people[0]!.user,
          organisationName: null,
          deactivated: false,
          createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
        },
      ]);
    });

    it('treats % and _ in the query as plain characters', async () => {
      const response = await api.get('/api/users?query=%25', { token: adminToken });
      expect(response.status).toBe(200);
      expect(response.body.items).toEqual([]);
    });

    it('refuses a made-up cursor and an out-of-range limit with 400', async () => {
      const cursor = await api.get('/api/users?cursor=garbage', { token: adminToken });
      expect(cursor.status).toBe(400);
      expect(fieldsOf(cursor.body)).toEqual(['cursor']);
      const limit = await api.get('/api/users?limit=0', { token: adminToken });
      expect(limit.status).toBe(400);
      expect(fieldsOf(limit.body)).toEqual(['limit']);
    });
  });

  describe('changing a person', () => {
    it('lets an admin change a role, which takes effect on the next request', async () => {
      const person = await registerPerson(app.baseUrl, 'Future Lecturer');
      const response = await api.patch(`/api/users/${person.user.id}`, { role: 'lecturer' }, { token: adminToken });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: person.user.id, role: 'lecturer', deactivated: false });
      expect((await api.get('/api/me', { token: person.accessToken })).body.role).toBe('lecturer');

      await api.patch(`/api/users/${person.user.id}`, { role: 'admin' }, { token: adminToken });
      expect((await api.get('/api/users', { token: person.accessToken })).status).toBe(200);
    });

    it('ends the live connections of a person whose role changes, so a demoted moderator cannot moderate through them', async () => {
      const [moderator, writer] = await Promise.all([
        registerPerson(app.baseUrl, 'Demoted Moderator'),
        registerPerson(app.baseUrl, 'Room Writer'),
      ]);
      await api.patch(`/api/users/${moderator.user.id}`, { role: 'moderator' }, { token: adminToken });
      const room = await createRoom(app, [moderator.user.id, writer.user.id]);
      const writerSocket = liveClient(app.baseUrl, writer.accessToken);
      const moderatorSocket = liveClient(app.baseUrl, moderator.accessToken);
      try {
        await Promise.all([connected(writerSocket), connected(moderatorSocket)]);
        await emitWithAck(writerSocket, 'room:join', { roomId: room.id });
        const sent = await emitWithAck(writerSocket, 'message:send', {
          roomId: room.id,
          body: 'Kept after the demotion',
          clientMsgId: randomUUID(),
        });
        if (!sent.ok) throw new Error('the writer could not send');

        const ended = disconnected(moderatorSocket);
        await api.patch(`/api/users/${moderator.user.id}`, { role: 'learner' }, { token: adminToken });
        expect(await ended).toBe('io server disconnect');

        // A new connection (the web client makes one at once) carries the new role.
        const again = liveClient(app.baseUrl, moderator.accessToken);
        try {
          await connected(again);
          expect(await emitWithAck(again, 'message:delete', { messageId: sent.data.message.id })).toMatchObject({
            ok: false,
            error: { code: 'FORBIDDEN' },
          });
        } finally {
          again.disconnect();
        }
      } finally {
        writerSocket.disconnect();
        moderatorSocket.disconnect();
      }
    });

    it('refuses an admin changing their own role or deactivating themselves with 409 CONFLICT', async () => {
      for (const change of [{ role: 'learner' }, { deactivated: true }]) {
        const response = await api.patch(`/api/users/${adminId}`, change, { token: adminToken });
        expect(response.status).toBe(409);
        expect(response.body.code).toBe('CONFLICT');
      }
      expect((await api.get('/api/me', { token: adminToken })).body.role).toBe('admin');
    });

    it('answers 400 for a malformed id or role and 404 for an unknown person', async () => {
      const malformed = await api.patch('/api/users/not-a-uuid', { role: 'lecturer' }, { token: adminToken });
      expect(malformed.status).toBe(400);
      expect(fieldsOf(malformed.body)).toEqual(['id']);
      const badRole = await api.patch(`/api/users/${learner.user.id}`, { role: 'superuser' }, { token: adminToken });
      expect(badRole.status).toBe(400);
      expect(fieldsOf(badRole.body)).toEqual(['role']);
      const unknown = await api.patch(`/api/users/${randomUUID()}`, { role: 'lecturer' }, { token: adminToken });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('NOT_FOUND');
    });
  });

  describe('deactivation', () => {
    it('ends every session at once and refuses sign-in with 403 ACCOUNT_DEACTIVATED until reactivated', async () => {
      const person = await registerPerson(app.baseUrl, 'Deactivated Person');
      const secondDevice = await api.post('/api/auth/login', { email: person.email, password: TEST_PASSWORD });

      const response = await api.patch(`/api/users/${person.user.id}`, { deactivated: true }, { token: adminToken });
      expect(response.status).toBe(200);
      expect(response.body.deactivated).toBe(true);

      for (const token of [person.accessToken, secondDevice.body.accessToken]) {
        const me = await api.get('/api/me', { token });
        expect(me.status).toBe(401);
        expect(me.body.code).toBe('UNAUTHENTICATED');
      }
      expect(
        (
          await api.post('/api/auth/refresh', undefined, {
            cookie: cookieFrom(secondDevice.headers, 'klasteris_refresh'),
          })
        ).status,
      ).toBe(401);

      const signIn = await api.post('/api/auth/login', { email: person.email, password: TEST_PASSWORD });
      expect(signIn.status).toBe(403);
      expect(signIn.body.code).toBe('ACCOUNT_DEACTIVATED');
      // Without the right password nobody learns that the account is deactivated.
      const guess = await api.post('/api/auth/login', { email: person.email, password: 'a-wrong-guess' });
      expect(guess.status).toBe(401);
      expect(guess.body.code).toBe('INVALID_CREDENTIALS');

      const reactivated = await api.patch(
        `/api/users/${person.user.id}`,
        { deactivated: false },
        { token: adminToken },
      );
      expect(reactivated.body.deactivated).toBe(false);
      expect((await api.post('/api/auth/login', { email: person.email, password: TEST_PASSWORD })).status).toBe(200);
    });
  });
});
