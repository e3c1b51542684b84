/**
 * Brute-force protection on sign-in and registration. The app trusts
 * X-Forwarded-For here, so each test plays a client address of its own.
 */
import { randomUUID } from 'node:crypto';

import { REGISTRATION_PER_IP, SIGN_IN_PER_EMAIL, SIGN_IN_PER_IP } from '../src/accounts/auth/sign-in-throttle';
import { TEST_PASSWORD } from './support/accounts';
import { apiClient } from './support/http';
import { startTestApp, TestApp } from './support/test-app';

describe('accounts: sign-in and registration rate limits', () => {
  let app: TestApp;
  let api: ReturnType<typeof apiClient>;

  const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
  const register = (ip: string, name = 'Limited Person') =>
    api.post(
      '/api/auth/register',
      { email: `${randomUUID()}@example.org`, password: TEST_PASSWORD, displayName: name },
      from(ip),
    );

  beforeAll(async () => {
    app = await startTestApp({ label: 'accountslimits', config: { trustProxy: true } });
    api = apiClient(app.baseUrl);
  });
  afterAll(() => app.close());

  it('refuses the sixth wrong password for an address with 429 and Retry-After, even when the password is then right', async () => {
    const ip = '198.51.100.1';
    const person = await register(ip);
    const email = person.body.user.email as string;
    for (let attempt = 1; attempt <= SIGN_IN_PER_EMAIL.capacity; attempt++) {
      const wrong = await api.post('/api/auth/login', { email, password: `wrong-${attempt}` }, from(ip));
      expect(wrong.status).toBe(401);
    }
    const sixth = await api.post('/api/auth/login', { email, password: 'wrong-6' }, from(ip));
    expect(sixth.status).toBe(429);
    expect(sixth.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    const retryAfter = Number(sixth.headers.get('retry-after'));
    expect(retryAfter).toBe(sixth.body.retryAfterSeconds);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    // The limit is checked before the password: the right one does not get through either, from any address.
    const right = await api.post(
      '/api/auth/login',
      { email: email.toUpperCase(), password: TEST_PASSWORD },
      from('198.51.100.2'),
    );
    expect(right.status).toBe(429);
  });

  it('keeps addresses apart: another person still signs in, and a success forgets earlier failures', async () => {
    const ip = '198.51.100.3';
    const person = await register(ip);
    const email = person.body.user.email as string;
    for (let attempt = 1; attempt < SIGN_IN_PER_EMAIL.capacity; attempt++) {
      await api.post('/api/auth/login', { email, password: 'wrong' }, from(ip));
    }
    expect((await api.post('/api/auth/login', { email, password: TEST_PASSWORD }, from(ip))).status).toBe(200);
    for (let attempt = 1; attempt <= SIGN_IN_PER_EMAIL.capacity; attempt++) {
      expect((await api.post('/api/auth/login', { email, password: 'wrong' }, from(ip))).status).toBe(401);
    }
  });

  it('limits one client address trying many accounts', async () => {
    const ip = '198.51.100.4';
    for (let attempt = 1; attempt <= SIGN_IN_PER_IP.capacity; attempt++) {
      const response = await api.post(
        '/api/auth/login',
        { email: `nobody-${attempt}@example.org`, password: 'guess-guess' },
        from(ip),
      );
      expect(response.status).toBe(401);
    }
    const next = await api.post(
      '/api/auth/login',
      { email: 'nobody-else@example.org', password: 'guess-guess' },
      from(ip),
    );
    expect(next.status).toBe(429);
    expect(Number(next.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address is not affected.
    expect(
      (
        await api.post(
          '/api/auth/login',
          { email: 'nobody-else@example.org', password: 'guess-guess' },
          from('198.51.100.5'),
        )
      ).status,
    ).toBe(401);
  });

  it('limits registrations from one client address', async () => {
    const ip = '198.51.100.6';
    for (let batch = 0; batch < REGISTRATION_PER_IP.capacity; batch += 10) {
      const responses = await Promise.all(
        Array.from({ length: Math.min(10, REGISTRATION_PER_IP.capacity - batch) }, () => register(ip)),
      );
      expect(responses.map((response) => response.status)).toEqual(responses.map(() => 201));
    }
    const refused = await register(ip);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    expect((await register('198.51.100.7')).status).toBe(201);
  });
});
