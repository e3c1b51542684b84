import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('runs in embedded mode with defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.redisUrl).toBeNull();
    expect(config.demoData).toBe(true);
    expect(config.role).toBe('all');
    expect(config.allowedOrigins).toContain('http://localhost:3000');
    expect(config.uploadMaxBytes).toBe(10 * 1024 * 1024);
    expect(config.reviewReminderAfterHours).toBe(72);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.jobLockSeconds).toBe(30);
  });

  it('does not seed demo data by default when a database is given', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://db/klasteris', JWT_SECRET: 'x'.repeat(32) });
    expect(config.demoData).toBe(false);
  });

  it('runs a separate worker when both PostgreSQL and Redis are given', () => {
    const config = loadConfig({
      ROLE: 'worker',
      DATABASE_URL: 'postgres://db/x',
      REDIS_URL: 'redis://cache:6379',
      JWT_SECRET: 'x'.repeat(32),
    });
    expect(config.role).toBe('worker');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://db/x', JWT_SECRET: 'x'.repeat(32) }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://db/x' }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL'],
    [{ ROLE: 'scheduler' }, 'ROLE'],
    [{ ROLE: 'worker' }, 'ROLE'],
    [{ ROLE: 'api' }, 'ROLE'],
    [{ ROLE: 'worker', DATABASE_URL: 'postgres://db/x', JWT_SECRET: 'x'.repeat(32) }, 'ROLE'],
    [{ DEMO_DATA: 'yes' }, 'DEMO_DATA'],
    [{ ADMIN_EMAIL: 'admin@example.org' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_EMAIL: 'nobody', ADMIN_PASSWORD: 'long-enough-password' }, 'ADMIN_EMAIL'],
    [{ ALLOWED_ORIGINS: 'example.org' }, 'ALLOWED_ORIGINS'],
    [{ UPLOAD_MAX_BYTES: '10MB' }, 'UPLOAD_MAX_BYTES'],
    [{ REVIEW_REMINDER_AFTER_HOURS: '0' }, 'REVIEW_REMINDER_AFTER_HOURS'],
    [{ PUBLIC_URL: 'klasteris.example.org' }, 'PUBLIC_URL'],
    [{ MAIL_FROM: 'nobody' }, 'MAIL_FROM'],
    [{ JOB_LOCK_SECONDS: 'soon' }, 'JOB_LOCK_SECONDS'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as ConfigError).variable).toBe(variable);
      expect((error as Error).message).toMatch(new RegExp(`^Invalid configuration: ${variable} `));
    }
  });
});
