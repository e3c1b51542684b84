import { apiClient } from './support/http';
import { describeWithRedis, startTestApp, TestApp } from './support/test-app';

describe('health, OpenAPI and request ids', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ label: 'platform' });
  });
  afterAll(() => app.close());

  it('says it is alive', async () => {
    const response = await apiClient(app.baseUrl).get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('is ready when the database and the PostgreSQL-backed queues answer, with Redis not configured', async () => {
    const response = await apiClient(app.baseUrl).get('/api/health/ready');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', checks: { database: 'up', queue: 'up', redis: 'not_configured' } });
  });

  it('publishes the REST surface as OpenAPI', async () => {
    const api = apiClient(app.baseUrl);
    const page = await api.get('/api/docs');
    expect(page.status).toBe(200);
    const document = await api.get('/api/docs-json');
    expect(document.status).toBe(200);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/auth/register', '/api/me', '/api/health/ready']),
    );
  });

  it('echoes a sane request id and makes one up otherwise', async () => {
    const api = apiClient(app.baseUrl);
    const given = await api.get('/api/health', { headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const invented = await api.get('/api/health', { headers: { 'x-request-id': 'no spaces allowed' } });
    expect(invented.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown API route with the error body of the contract', async () => {
    const response = await apiClient(app.baseUrl).get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('refuses a body that is not JSON with a clear 400', async () => {
    const response = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describeWithRedis('readiness with Redis', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ label: 'platformredis', redis: true });
  });
  afterAll(() => app.close());

  it('checks Redis and runs the queues on it', async () => {
    const response = await apiClient(app.baseUrl).get('/api/health/ready');
    expect(response.body).toEqual({ status: 'ok', checks: { database: 'up', queue: 'up', redis: 'up' } });
  });
});
