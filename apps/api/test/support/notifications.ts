/**
 * Helpers for the notification pipeline's tests: run a block on both queue
 * backends, send events through the real Notifier, read what the database
 * holds (notifications, e-mail deliveries, the notification outbox), and poll
 * for an outcome with a deadline instead of sleeping.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';

import { getQueueToken } from '@nestjs/bullmq';
import { QUEUES, type NotificationKind } from '@klasteris/contracts';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import { NotificationEvent, Notifier } from '../../src/notifications/notifier';
import { describeWithRedis, TestApp } from './test-app';

export interface QueueBackend {
  /** Used as startTestApp's `redis` option. */
  redis: boolean;
  /** Short, for database labels and test names. */
  name: 'pg' | 'redis';
}

/** Runs the block once on PostgreSQL-backed queues and once on Redis (skipped, saying so, without REDIS_URL). */
export function describeOnQueueBackends(title: string, block: (backend: QueueBackend) => void): void {
  describe(`${title} (queues on PostgreSQL)`, () => block({ redis: false, name: 'pg' }));
  describeWithRedis(`${title} (queues on Redis)`, () => block({ redis: true, name: 'redis' }));
}

export function systemEvent(recipientId: string, overrides: Partial<NotificationEvent> = {}): NotificationEvent {
  return {
    key: `test:${randomUUID()}`,
    recipientId,
    kind: 'system' satisfies NotificationKind,
    params: { 'title.en': 'Welcome', 'title.lt': 'Sveiki', 'body.en': 'Hello there', 'body.lt': 'Labas' },
    link: '/groups',
    ...overrides,
  };
}

export function notify(app: TestApp, events: NotificationEvent[]): Promise<void> {
  return app.app.get(Notifier).notify(events);
}

export interface StoredNotification {
  id: string;
  key: string;
  kind: string;
  title: string;
  in_app: boolean;
  email_mode: string;
  pushed_at: Date | null;
}

export function storedNotifications(app: TestApp, recipientId: string): Promise<StoredNotification[]> {
  return app.app
    .get(DataSource)
    .query(`SELECT id, key, kind, title, in_app, email_mode, pushed_at FROM notifications WHERE recipient_id = $1 ORDER BY created_at`, [
      recipientId,
    ]);
}

export interface StoredDelivery {
  key: string;
  status: string;
  attempts: number;
  notification_id: string | null;
}

export function mailDeliveries(app: TestApp, recipientId: string): Promise<StoredDelivery[]> {
  return app.app
    .get(DataSource)
    .query(`SELECT key, status, attempts, notification_id FROM mail_deliveries WHERE recipient_id = $1 ORDER BY created_at`, [
      recipientId,
    ]);
}

/** Events for the person that wait in the notification outbox (the queue store refused them), oldest first. */
export function keptInOutbox(app: TestApp, recipientId: string): Promise<{ key: string; kind: string }[]> {
  return app.app
    .get(DataSource)
    .query(`SELECT key, kind FROM notification_outbox WHERE recipient_id = $1 ORDER BY id`, [recipientId]);
}

/** The outbox files of an app (each test app has its own DATA_DIR). */
export function outboxFiles(app: TestApp): string[] {
  try {
    return readdirSync(path.join(app.config.dataDir, 'outbox')).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
}

/** Polls until `check` resolves truthy; fails with `what` after the deadline. */
export async function eventually<T>(what: string, check: () => Promise<T | false | null | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`Not in time: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until no job of the app's queues is waiting or running (delayed ones, such as schedules and retries, may remain). */
export async function queuesSettled(app: TestApp, timeoutMs = 10_000): Promise<void> {
  const queues = Object.keys(QUEUES).map((name) => app.app.get<string, Queue>(getQueueToken(name), { strict: false }));
  await eventually(
    'queues settled',
    async () => {
      const counts = await Promise.all(queues.map((queue) => queue.getJobCounts('waiting', 'active', 'prioritized')));
      return counts.every((count) => (count.waiting ?? 0) + (count.active ?? 0) + (count.prioritized ?? 0) === 0);
    },
    timeoutMs,
  );
}
