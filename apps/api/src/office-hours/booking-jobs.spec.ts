import type { Queue } from 'bullmq';

import { BookingJobs, endRoomJobId, SLOT_ROOM_GRACE_MINUTES } from './booking-jobs';

const SLOT = '6f1c2a52-5b7e-4a53-9d36-1f0f3b0e8a11';
const OTHER_SLOT = '0b7c59c5-0a5e-4d4e-8f43-6c1f0e2d9a77';

function withQueue() {
  const addBulk = jest.fn().mockResolvedValue([]);
  return { jobs: new BookingJobs({ addBulk } as unknown as Queue), addBulk };
}

describe('BookingJobs.scheduleRoomEnds', () => {
  it('ends a slot room the grace period after the slot’s end, at once when that has passed, under an id from slot and end', async () => {
    const { jobs, addBulk } = withQueue();
    const now = Date.parse('2026-05-04T10:00:00Z');
    await jobs.scheduleRoomEnds(
      [
        { slotId: SLOT, end: new Date('2026-05-04T11:00:00Z') },
        { slotId: OTHER_SLOT, end: new Date('2026-05-04T09:15:00Z') },
      ],
      now,
    );
    expect(SLOT_ROOM_GRACE_MINUTES).toBe(30);
    expect(addBulk).toHaveBeenCalledTimes(1);
    const [added] = addBulk.mock.calls[0] as [
      { name: string; data: unknown; opts: { jobId: string; delay: number } }[],
    ];
    expect(added.map((job) => [job.name, job.data, job.opts.jobId, job.opts.delay])).toEqual([
      [
        'office-hours.end-room',
        { slotId: SLOT, end: '2026-05-04T11:00:00.000Z' },
        endRoomJobId(SLOT, '2026-05-04T11:00:00.000Z'),
        90 * 60_000,
      ],
      [
        'office-hours.end-room',
        { slotId: OTHER_SLOT, end: '2026-05-04T09:15:00.000Z' },
        endRoomJobId(OTHER_SLOT, '2026-05-04T09:15:00.000Z'),
        0,
      ],
    ]);
  });

  it('adds nothing when there is no room to end', async () => {
    const { jobs, addBulk } = withQueue();
    await jobs.scheduleRoomEnds([]);
    expect(addBulk).not.toHaveBeenCalled();
  });
});
