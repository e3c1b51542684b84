/**
 * Start-up as an operator sees it, on the built API: a wrong setting stops
 * the process with one clear line; embedded mode keeps its data across a
 * restart.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { TEST_PASSWORD } from './support/accounts';
import { BUILT_MAIN, embeddedEnvironment, runToExit, startApiProcess } from './support/api-process';
import { apiClient } from './support/http';

const built = existsSync(BUILT_MAIN);
const describeBuilt = built ? describe : describe.skip;

describeBuilt('starting the API', () => {
  it.each([
    [{ PORT: 'eighty' }, /^Invalid configuration: PORT must be a whole number/],
    [{ DATABASE_URL: 'postgres://127.0.0.1:1/none' }, /^Invalid configuration: JWT_SECRET is required/],
    [{ REDIS_URL: 'http://example.org' }, /^Invalid configuration: REDIS_URL must start with redis:\/\//],
  ])('stops with one clear line for %j', async (bad, message) => {
    const result = await runToExit(embeddedEnvironment(bad));
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(message);
  });

  it('keeps data in embedded mode across a restart', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'klasteris-restart-'));
    const env = embeddedEnvironment({ DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'warn' });
    try {
      const first = await startApiProcess(env);
      const registered = await apiClient(first.baseUrl).post('/api/auth/register', {
        email: 'survivor@example.org',
        password: TEST_PASSWORD,
        displayName: 'Survivor',
      });
      expect(registered.status).toBe(201);
      expect(await first.stop()).toBe(0);

      const second = await startApiProcess(env);
      try {
        const login = await apiClient(second.baseUrl).post('/api/auth/login', {
          email: 'survivor@example.org',
          password: TEST_PASSWORD,
        });
        expect(login.status).toBe(200);
        // The signing secret was kept too: the first run's token is still good.
        const me = await apiClient(second.baseUrl).get('/api/me', { token: registered.body.accessToken });
        expect(me.status).toBe(200);
        expect(me.body.displayName).toBe('Survivor');
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});

if (!built) {
  it.skip('starting the API (skipped: build it first with `npx nx build api`)', () => undefined);
}
