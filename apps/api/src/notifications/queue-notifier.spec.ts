import { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';

import { ENQUEUE_TIMEOUT_MS } from './deliver-jobs';
import type { NotificationEvent } from './notifier';
import type { NotificationOutbox } from './outbox/notification-outbox';
import { QueueNotifier } from './queue-notifier';

const event: NotificationEvent = {
  key: 'system:test',
  recipientId: '5b0c2f5e-8d1a-4c39-9a53-3f0f1f2b8e11',
  kind: 'system',
  params: { title: 'Sveiki', body: 'Hello' },
  link: null,
};

/** A queue whose first `failures` enqueues fail, as when its store is briefly out of reach. */
function flakyQueue(failures: number) {
  let calls = 0;
  const queue = {
    addBulk: jest.fn(async () => {
      calls += 1;
      if (calls <= failures) throw new Error('connect ECONNREFUSED');
      return [];
    }),
  };
  return queue;
}

/** The outbox in the database, answering as told. */
function outbox(keep: () => Promise<void> = async () => undefined) {
  return { keep: jest.fn(keep) };
}

const notifierOf = (queue: { addBulk: jest.Mock }, box: { keep: jest.Mock }) =>
  new QueueNotifier(queue as unknown as Queue, box as unknown as NotificationOutbox);

describe('QueueNotifier', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    jest.useRealTimers();
  });

  it('enqueues again after the store failed twice, so the notification is not lost, and leaves the outbox alone', async () => {
    const queue = flakyQueue(2);
    const box = outbox();
    await notifierOf(queue, box).notify([event]);
    expect(queue.addBulk).toHaveBeenCalledTimes(3);
    expect(box.keep).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps the events in the outbox after three failed tries, and the caller goes on', async () => {
    const queue = flakyQueue(3);
    const box = outbox();
    await expect(notifierOf(queue, box).notify([event])).resolves.toBeUndefined();
    expect(queue.addBulk).toHaveBeenCalledTimes(3);
    expect(box.keep).toHaveBeenCalledWith([
      { key: event.key, recipientId: event.recipientId, kind: event.kind, params: event.params, link: event.link },
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('ECONNREFUSED');
  });

  it('lets the caller know when the outbox refuses the events too', async () => {
    const queue = flakyQueue(3);
    const box = outbox(async () => {
      throw new Error('database is down');
    });
    await expect(notifierOf(queue, box).notify([event])).rejects.toThrow(
      'Notifications could neither be enqueued (connect ECONNREFUSED) nor kept in the outbox (database is down)',
    );
  });

  it('stops waiting for a store that does not answer, and keeps the events in the outbox', async () => {
    jest.useFakeTimers();
    const queue = { addBulk: jest.fn(() => new Promise<never>(() => undefined)) };
    const box = outbox();
    const notifying = notifierOf(queue, box).notify([event]);
    await jest.advanceTimersByTimeAsync(3 * ENQUEUE_TIMEOUT_MS + 1250);
    await expect(notifying).resolves.toBeUndefined();
    expect(queue.addBulk).toHaveBeenCalledTimes(3);
    expect(box.keep).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain(`did not answer within ${ENQUEUE_TIMEOUT_MS} ms`);
  });

  it('refuses a malformed event before enqueuing anything', async () => {
    const queue = flakyQueue(0);
    const box = outbox();
    await expect(notifierOf(queue, box).notify([{ ...event, recipientId: 'nobody' }])).rejects.toThrow(
      'recipientId is not a UUID',
    );
    expect(queue.addBulk).not.toHaveBeenCalled();
    expect(box.keep).not.toHaveBeenCalled();
  });
});
