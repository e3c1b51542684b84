import { REFRESH_LOCK_NAME, type RefreshLocks, withRefreshLock } from './refresh-lock';

/** A Web Locks stand-in: exclusive locks granted one at a time, in request order; an abort while waiting rejects. */
class FakeLocks implements RefreshLocks {
  readonly names: string[] = [];
  private tail: Promise<unknown> = Promise.resolve();

  request<T>(name: string, options: { signal?: AbortSignal }, callback: () => Promise<T>): Promise<T> {
    this.names.push(name);
    return new Promise<T>((resolve, reject) => {
      let aborted = false;
      options.signal?.addEventListener(
        'abort',
        () => {
          aborted = true;
          reject(new DOMException('The lock request was aborted', 'AbortError'));
        },
        { once: true },
      );
      this.tail = this.tail.then(async () => {
        if (aborted) return;
        try {
          resolve(await callback());
        } catch (error) {
          reject(error);
        }
      });
    });
  }
}

/** A refresh that records when it ran and hands out the next token. */
function recordingRefresh(log: string[]) {
  let issued = 0;
  return async () => {
    const token = `token-${++issued}`;
    log.push(`start ${token}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    log.push(`end ${token}`);
    return token;
  };
}

describe('withRefreshLock', () => {
  it('runs refreshes one after another under the shared lock', async () => {
    const locks = new FakeLocks();
    const log: string[] = [];
    const refresh = recordingRefresh(log);
    const tokens = await Promise.all([withRefreshLock(locks, refresh), withRefreshLock(locks, refresh)]);
    expect(tokens).toEqual(['token-1', 'token-2']);
    expect(log).toEqual(['start token-1', 'end token-1', 'start token-2', 'end token-2']);
    expect(locks.names).toEqual([REFRESH_LOCK_NAME, REFRESH_LOCK_NAME]);
  });

  it('refreshes directly where the Web Locks API is missing', async () => {
    const log: string[] = [];
    await expect(withRefreshLock(null, recordingRefresh(log))).resolves.toBe('token-1');
    expect(log).toEqual(['start token-1', 'end token-1']);
  });

  it('passes a failed refresh on, without refreshing a second time', async () => {
    const refresh = jest.fn(() => Promise.reject(new Error('401')));
    await expect(withRefreshLock(new FakeLocks(), refresh)).rejects.toThrow('401');
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('refreshes anyway when another tab holds the lock for too long', async () => {
    const locks = new FakeLocks();
    let release: () => void = () => undefined;
    const stuck = withRefreshLock(locks, () => new Promise<string>((resolve) => (release = () => resolve('stuck'))));
    await expect(withRefreshLock(locks, () => Promise.resolve('own'), 20)).resolves.toBe('own');
    release();
    await expect(stuck).resolves.toBe('stuck');
  });
});
