import type { Queue } from 'bullmq';

import type { NotificationEvent } from './notifier';
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

describe('QueueNotifier', () => {
  it('enqueues again after the store failed twice, so the notification is not lost', async () => {
    const queue = flakyQueue(2);
    await new QueueNotifier(queue as unknown as Queue).notify([event]);
    expect(queue.addBulk).toHaveBeenCalledTimes(3);
  });

  it('gives up after three tries and lets the caller know', async () => {
    const queue = flakyQueue(3);
    await expect(new QueueNotifier(queue as unknown as Queue).notify([event])).rejects.toThrow('ECONNREFUSED');
    expect(queue.addBulk).toHaveBeenCalledTimes(3);
  });
});
