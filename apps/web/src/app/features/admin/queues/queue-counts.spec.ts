import { JOB_STATES, type JobState, type QueueName, type QueueSummary } from '@klasteris/contracts';

import { appendNew, formatCount, queueToShow, shownStates, STATE_LABELS } from './queue-counts';

function summary(name: QueueName, counts: Partial<Record<JobState, number>> = {}): QueueSummary {
  const zero = Object.fromEntries(JOB_STATES.map((state) => [state, 0])) as Record<JobState, number>;
  return { name, counts: { ...zero, ...counts } };
}

describe('the queue dashboard', () => {
  it('has a label for every job state of the contract', () => {
    expect(Object.keys(STATE_LABELS).sort()).toEqual([...JOB_STATES].sort());
  });

  it('shows the usual states always and the rare ones only while some queue has them', () => {
    const usual = ['waiting', 'active', 'delayed', 'completed', 'failed'];
    expect(shownStates([])).toEqual(usual);
    expect(shownStates([summary('mail'), summary('notifications', { completed: 4 })])).toEqual(usual);
    expect(shownStates([summary('mail'), summary('notifications', { 'waiting-children': 1 })])).toEqual([
      'waiting',
      'active',
      'delayed',
      'waiting-children',
      'completed',
      'failed',
    ]);
  });

  it('writes counts the reader’s way', () => {
    expect(formatCount(0, 'en')).toBe('0');
    expect(formatCount(12345, 'en')).toBe('12,345');
    // Lithuanian groups thousands with a (narrow) no-break space.
    expect(formatCount(12345, 'lt').replace(/\s/g, ' ')).toBe('12 345');
    expect(formatCount(undefined, 'lt')).toBe('0');
  });

  it('keeps the chosen queue, or shows the first with failures, or the first', () => {
    const summaries = [summary('maintenance'), summary('notifications', { failed: 2 }), summary('mail', { failed: 1 })];
    expect(queueToShow(summaries, null)).toBe('notifications');
    expect(queueToShow(summaries, 'mail')).toBe('mail');
    expect(queueToShow(summaries, 'maintenance')).toBe('maintenance');
    expect(queueToShow([summary('maintenance'), summary('mail')], null)).toBe('maintenance');
    expect(queueToShow([summary('mail')], 'notifications')).toBe('mail');
    expect(queueToShow([], 'mail')).toBeNull();
  });

  it('adds a further page without repeating jobs already shown', () => {
    expect(appendNew([{ id: '1' }, { id: '2' }], [{ id: '2' }, { id: '3' }])).toEqual([
      { id: '1' },
      { id: '2' },
      { id: '3' },
    ]);
  });
});
