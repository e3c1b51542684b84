import { KeyedThrottle } from './keyed-throttle';

describe('KeyedThrottle', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the first request at once and a burst after it once, at the end of the window', () => {
    const runs: string[] = [];
    const throttle = new KeyedThrottle(5000, (key) => runs.push(key));
    throttle.request('a');
    throttle.request('a');
    throttle.request('a');
    expect(runs).toEqual(['a']);
    jest.advanceTimersByTime(4999);
    expect(runs).toEqual(['a']);
    jest.advanceTimersByTime(1);
    expect(runs).toEqual(['a', 'a']);
    jest.advanceTimersByTime(5000);
    expect(runs).toEqual(['a', 'a']);
    throttle.request('a');
    expect(runs).toEqual(['a', 'a', 'a']);
    throttle.stop();
  });

  it('throttles each key on its own', () => {
    const runs: string[] = [];
    const throttle = new KeyedThrottle(5000, (key) => runs.push(key));
    throttle.request('a');
    throttle.request('b');
    throttle.request('a');
    expect(runs).toEqual(['a', 'b']);
    jest.advanceTimersByTime(5000);
    expect(runs).toEqual(['a', 'b', 'a']);
    throttle.stop();
  });

  it('runs nothing more once stopped', () => {
    const runs: string[] = [];
    const throttle = new KeyedThrottle(5000, (key) => runs.push(key));
    throttle.request('a');
    throttle.request('a');
    throttle.stop();
    jest.advanceTimersByTime(10_000);
    expect(runs).toEqual(['a']);
  });
});
