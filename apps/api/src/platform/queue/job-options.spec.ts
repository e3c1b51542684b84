import { jobIdFrom } from './job-options';

describe('jobIdFrom', () => {
  it('is stable, short and free of the ":" BullMQ refuses in ids', () => {
    const id = jobIdFrom('notify', '6f1c2a52-5b7e-4a53-9d36-1f0f3b0e8a11', 'submission-made:abc:def');
    expect(id).toBe(jobIdFrom('notify', '6f1c2a52-5b7e-4a53-9d36-1f0f3b0e8a11', 'submission-made:abc:def'));
    expect(id).toMatch(/^notify-[0-9a-f]{40}$/);
  });

  it('keeps the parts apart', () => {
    expect(jobIdFrom('x', 'ab', 'c')).not.toBe(jobIdFrom('x', 'a', 'bc'));
  });
});
