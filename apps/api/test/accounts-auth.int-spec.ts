/** Registration, sign-in, the profile, refresh-token rotation and sign-out, through the real API. */
import { randomUUID } from 'node:crypto';

import { PASSWORD_MIN_LENGTH } from '@klasteris/contracts';
import { sign } from 'jsonwebtoken';

import { registerPerson, TEST_PASSWORD } from './support/accounts';
import { apiClient, cookieFrom } from './support/http';
import { startTestApp, TestApp } from './support/test-app';

const REFRESH_COOKIE = 'klasteris_refresh';

const uniqueEmail = (name: string) => `${name}.${randomUUID().slice(0, 8)}@example.org`;

const fieldsOf = (body: { details?: { field: string }[] }) => (body.details ?? []).map((issue) => issue.field);

describe('accounts: registration, sign-in, refresh and sign-out', () => {
  let app: TestApp;
  let api: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    // trustProxy: the Secure-cookie test says it came over HTTPS through a proxy.
    app = await startTestApp({ label: 'accountsauth', config: { trustProxy: true } });
    api = apiClient(app.baseUrl);
  });
  afterAll(() => app.close());

  describe('registration', () => {
    it('creates a learner, signs them in and sets the refresh cookie (httpOnly, SameSite=Strict, Path=/api/auth)', async () => {
      const email = uniqueEmail('Ona.Petraitiene');
      const response = await api.post('/api/auth/register', {
        email: `  ${email.toUpperCase()} `,
        password: TEST_PASSWORD,
        displayName: '  Ona Petraitienė ',
        locale: 'lt',
        timeZone: 'Europe/Oslo',
      });
      expect(response.status).toBe(201);
      expect(response.body.accessToken).toEqual(expect.any(String));
      expect(response.body.user).toEqual({
        id: expect.any(String),
        email: email.toLowerCase(),
        displayName: 'Ona Petraitienė',
        role: 'learner',
        organisationId: null,
        locale: 'lt',
        timeZone: 'Europe/Oslo',
      });
      const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${REFRESH_COOKIE}=`));
      expect(cookie).toBeDefined();
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Strict/i);
      expect(cookie).toMatch(/; Path=\/api\/auth/i);
      expect(cookie).not.toMatch(/; Secure/i);
    });

    it('marks the cookie Secure when the request came over HTTPS', async () => {
      const response = await api.post(
        '/api/auth/register',
        { email: uniqueEmail('secure'), password: TEST_PASSWORD, displayName: 'Secure Person' },
        { headers: { 'x-forwarded-proto': 'https' } },
      );
      expect(response.status).toBe(201);
      expect(response.headers.getSetCookie().find((line) => line.startsWith(`${REFRESH_COOKIE}=`))).toMatch(
        /; Secure/i,
      );
    });

    it('defaults to English and Europe/Vilnius and stores a time zone in its canonical spelling', async () => {
      const plain = await api.post('/api/auth/register', {
        email: uniqueEmail('plain'),
        password: TEST_PASSWORD,
        displayName: 'Plain',
      });
      expect(plain.body.user).toMatchObject({ locale: 'en', timeZone: 'Europe/Vilnius' });
      const lowerCase = await api.post('/api/auth/register', {
        email: uniqueEmail('zone'),
        password: TEST_PASSWORD,
        displayName: 'Zone',
        timeZone: 'europe/oslo',
      });
      expect(lowerCase.status).toBe(201);
      expect(lowerCase.body.user.timeZone).toBe('Europe/Oslo');
    });

    it('refuses an organisation that does not exist, naming the field', async () => {
      const response = await api.post('/api/auth/register', {
        email: uniqueEmail('orgless'),
        password: TEST_PASSWORD,
        displayName: 'Orgless',
        organisationId: randomUUID(),
      });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(fieldsOf(response.body)).toEqual(['organisationId']);
    });

    it('refuses bad input with 400 and details naming every field at fault', async () => {
      const response = await api.post('/api/auth/register', {
        email: 'not-an-address',
        password: 'x'.repeat(PASSWORD_MIN_LENGTH - 1),
        displayName: '   ',
        organisationId: 'not-a-uuid',
        locale: 'de',
        timeZone: 'Mars/Olympus',
      });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', message: expect.any(String) });
      expect(fieldsOf(response.body).sort()).toEqual([
        'displayName',
        'email',
        'locale',
        'organisationId',
        'password',
        'timeZone',
      ]);
      const password = response.body.details.find((issue: { field: string }) => issue.field === 'password');
      expect(password.messages.join(' ')).toContain(String(PASSWORD_MIN_LENGTH));
    });

    it('refuses unknown properties, so nobody can register as an admin', async () => {
      const response = await api.post('/api/auth/register', {
        email: uniqueEmail('sneaky'),
        password: TEST_PASSWORD,
        displayName: 'Sneaky',
        role: 'admin',
      });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['role']);
    });

    it('refuses an e-mail address that is taken, whatever its letter case, with 409 EMAIL_TAKEN', async () => {
      const first = await registerPerson(app.baseUrl, 'Taken Person');
      const again = await api.post('/api/auth/register', {
        email: first.email.toUpperCase(),
        password: TEST_PASSWORD,
        displayName: 'Someone Else',
      });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ statusCode: 409, code: 'EMAIL_TAKEN' });
    });
  });

  describe('sign-in', () => {
    it('signs in with the e-mail in any letter case and sets a fresh refresh cookie', async () => {
      const person = await registerPerson(app.baseUrl, 'Signing In');
      const response = await api.post('/api/auth/login', {
        email: person.email.toUpperCase(),
        password: TEST_PASSWORD,
      });
      expect(response.status).toBe(200);
      expect(response.body.user).toEqual(person.user);
      expect(cookieFrom(response.headers, REFRESH_COOKIE)).toBeDefined();
      expect(cookieFrom(response.headers, REFRESH_COOKIE)).not.toBe(person.refreshCookie);
      const me = await api.get('/api/me', { token: response.body.accessToken });
      expect(me.body.id).toBe(person.user.id);
    });

    it('refuses a wrong password and an unknown address alike, with 401 INVALID_CREDENTIALS', async () => {
      const person = await registerPerson(app.baseUrl, 'Wrong Password');
      const wrong = await api.post('/api/auth/login', { email: person.email, password: 'not-the-password' });
      const unknown = await api.post('/api/auth/login', { email: uniqueEmail('nobody'), password: TEST_PASSWORD });
      for (const response of [wrong, unknown]) {
        expect(response.status).toBe(401);
        expect(response.body).toEqual({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: wrong.body.message });
        expect(cookieFrom(response.headers, REFRESH_COOKIE)).toBeUndefined();
      }
    });

    it('refuses a sign-in without a password as a validation error', async () => {
      const response = await api.post('/api/auth/login', { email: 'someone@example.org' });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['password']);
    });
  });

  describe('the profile', () => {
    it('shows the signed-in person and changes their name, locale and time zone', async () => {
      const person = await registerPerson(app.baseUrl, 'Profile Person');
      const me = await api.get('/api/me', { token: person.accessToken });
      expect(me.status).toBe(200);
      expect(me.body).toEqual(person.user);

      const patched = await api.patch(
        '/api/me',
        { displayName: 'Rūta Žemaitė', locale: 'lt', timeZone: 'Europe/Oslo' },
        { token: person.accessToken },
      );
      expect(patched.status).toBe(200);
      expect(patched.body).toEqual({
        ...person.user,
        displayName: 'Rūta Žemaitė',
        locale: 'lt',
        timeZone: 'Europe/Oslo',
      });
      expect((await api.get('/api/me', { token: person.accessToken })).body).toEqual(patched.body);
    });

    it('refuses a bad time zone or an attempt to change the role, and changes nothing', async () => {
      const person = await registerPerson(app.baseUrl, 'Careful Person');
      const badZone = await api.patch(
        '/api/me',
        { displayName: 'Changed', timeZone: '+02:00' },
        { token: person.accessToken },
      );
      expect(badZone.status).toBe(400);
      expect(fieldsOf(badZone.body)).toEqual(['timeZone']);
      const role = await api.patch('/api/me', { role: 'admin' }, { token: person.accessToken });
      expect(role.status).toBe(400);
      expect(fieldsOf(role.body)).toEqual(['role']);
      expect((await api.get('/api/me', { token: person.accessToken })).body).toEqual(person.user);
    });

    it('is only for signed-in people', async () => {
      const response = await api.get('/api/me');
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    });
  });

  describe('access tokens', () => {
    it('refuses a token signed with another secret, an expired one, and one that is not a JWT', async () => {
      const person = await registerPerson(app.baseUrl, 'Token Person');
      const sessionId: unknown = JSON.parse(Buffer.from(person.accessToken.split('.')[1]!, 'base64url').toString()).sid;
      const forged = sign({ sid: sessionId }, 'some-other-secret-that-is-long-enough!!', {
        algorithm: 'HS256',
        subject: person.user.id,
      });
      const expired = sign({ sid: sessionId, exp: Math.floor(Date.now() / 1000) - 60 }, app.config.jwtSecret, {
        algorithm: 'HS256',
        subject: person.user.id,
      });
      for (const token of [forged, expired, 'not-a-jwt']) {
        const response = await api.get('/api/me', { token });
        expect(response.status).toBe(401);
        expect(response.body.code).toBe('UNAUTHENTICATED');
      }
    });

    it('carry the person as sub and the session as sid, signed with HS256', async () => {
      const person = await registerPerson(app.baseUrl, 'Claims Person');
      const [header, payload] = person.accessToken
        .split('.')
        .slice(0, 2)
        .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as unknown);
      expect(header).toMatchObject({ alg: 'HS256' });
      expect(payload).toMatchObject({ sub: person.user.id, sid: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      // The refresh token is opaque: <sessionId>.<32 random bytes>, and shares the session id with the access token.
      expect(person.refreshCookie).toBe(
        `${REFRESH_COOKIE}=${(payload as { sid: string }).sid}.${person.refreshCookie.split('.')[1]}`,
      );
      expect(person.refreshCookie).toMatch(/\.[A-Za-z0-9_-]{43}$/);
    });
  });

  describe('refresh', () => {
    const refresh = (cookie: string | undefined) => api.post('/api/auth/refresh', undefined, { cookie });

    it('rotates: the new cookie works, the old one is then reuse (401 REFRESH_REUSED) and ends the whole family', async () => {
      const person = await registerPerson(app.baseUrl, 'Rotating Person');
      const first = await refresh(person.refreshCookie);
      expect(first.status).toBe(200);
      expect(first.body).toEqual({ accessToken: expect.any(String) });
      const secondCookie = cookieFrom(first.headers, REFRESH_COOKIE);
      expect(secondCookie).toBeDefined();
      expect(secondCookie).not.toBe(person.refreshCookie);
      expect((await api.get('/api/me', { token: first.body.accessToken })).status).toBe(200);

      const second = await refresh(secondCookie);
      expect(second.status).toBe(200);
      const newestCookie = cookieFrom(second.headers, REFRESH_COOKIE);

      const replayed = await refresh(secondCookie);
      expect(replayed.status).toBe(401);
      expect(replayed.body).toMatchObject({ statusCode: 401, code: 'REFRESH_REUSED' });
      expect(replayed.headers.getSetCookie().join(';')).toMatch(new RegExp(`${REFRESH_COOKIE}=;`));

      const newest = await refresh(newestCookie);
      expect(newest.status).toBe(401);
      expect(newest.body.code).toBe('UNAUTHENTICATED');
      for (const token of [person.accessToken, first.body.accessToken, second.body.accessToken]) {
        expect((await api.get('/api/me', { token })).status).toBe(401);
      }
    });

    it('lets exactly one of two simultaneous refreshes with the same cookie win', async () => {
      const person = await registerPerson(app.baseUrl, 'Racing Person');
      const results = await Promise.all([refresh(person.refreshCookie), refresh(person.refreshCookie)]);
      expect(results.map((result) => result.status).sort()).toEqual([200, 401]);
      expect(results.find((result) => result.status === 401)!.body.code).toBe('REFRESH_REUSED');
    });

    it('refuses a missing, malformed or made-up cookie with 401', async () => {
      const person = await registerPerson(app.baseUrl, 'Guessing Person');
      const sessionId = person.refreshCookie.split('=')[1]!.split('.')[0]!;
      for (const cookie of [
        undefined,
        `${REFRESH_COOKIE}=garbage`,
        `${REFRESH_COOKIE}=${randomUUID()}.${'A'.repeat(43)}`,
      ]) {
        const response = await refresh(cookie);
        expect(response.status).toBe(401);
        expect(response.body.code).toBe('UNAUTHENTICATED');
      }
      // A made-up secret for a real session is treated as a replayed token: the session ends.
      const forged = await refresh(`${REFRESH_COOKIE}=${sessionId}.${'A'.repeat(43)}`);
      expect(forged.status).toBe(401);
      expect(forged.body.code).toBe('REFRESH_REUSED');
      expect((await refresh(person.refreshCookie)).status).toBe(401);
    });

    it('keeps other sign-ins of the same person working', async () => {
      const person = await registerPerson(app.baseUrl, 'Two Devices');
      const laptop = await api.post('/api/auth/login', { email: person.email, password: TEST_PASSWORD });
      const phoneReplay = await refresh(person.refreshCookie);
      expect(phoneReplay.status).toBe(200);
      await refresh(person.refreshCookie); // reuse: ends the phone's session only
      const laptopRefresh = await refresh(cookieFrom(laptop.headers, REFRESH_COOKIE));
      expect(laptopRefresh.status).toBe(200);
    });
  });

  describe('sign-out', () => {
    it('answers 204, clears the cookie, and neither the refresh cookie nor the access token work afterwards', async () => {
      const person = await registerPerson(app.baseUrl, 'Leaving Person');
      const response = await api.post('/api/auth/logout', undefined, {
        token: person.accessToken,
        cookie: person.refreshCookie,
      });
      expect(response.status).toBe(204);
      const cleared = response.headers.getSetCookie().find((line) => line.startsWith(`${REFRESH_COOKIE}=`));
      expect(cleared).toMatch(/^klasteris_refresh=;/);
      expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
      expect(cleared).toMatch(/; Path=\/api\/auth/i);

      const refreshed = await api.post('/api/auth/refresh', undefined, { cookie: person.refreshCookie });
      expect(refreshed.status).toBe(401);
      const me = await api.get('/api/me', { token: person.accessToken });
      expect(me.status).toBe(401);
      expect(me.body.code).toBe('UNAUTHENTICATED');
    });

    it('ends only the session it was called from', async () => {
      const person = await registerPerson(app.baseUrl, 'Other Session');
      const other = await api.post('/api/auth/login', { email: person.email, password: TEST_PASSWORD });
      await api.post('/api/auth/logout', undefined, { token: person.accessToken });
      expect((await api.get('/api/me', { token: other.body.accessToken })).status).toBe(200);
    });

    it('needs a signed-in caller', async () => {
      const response = await api.post('/api/auth/logout');
      expect(response.status).toBe(401);
    });
  });
});
