/**
 * One token refresh at a time across every tab of this browser. Each refresh
 * rotates the httpOnly refresh cookie, and the server treats a second use of
 * the same cookie as token reuse and ends the session; two tabs starting (or
 * waking up) together would otherwise both send the old cookie. Under the
 * Web Locks API the second tab waits, then refreshes with the cookie the
 * first one received. Without the API (old browsers, insecure contexts) the
 * refresh runs as before: one at a time within the tab.
 */

export const REFRESH_LOCK_NAME = 'klasteris-refresh';

/** How long to wait for another tab's refresh before refreshing anyway (a tab can hang or freeze). */
export const REFRESH_LOCK_WAIT_MS = 20_000;

/** The part of the Web Locks API this needs (`navigator.locks`), so tests can supply their own. */
export interface RefreshLocks {
  request<T>(
    name: string,
    options: { mode: 'exclusive'; signal?: AbortSignal },
    callback: () => Promise<T>,
  ): Promise<T>;
}

export function browserLocks(): RefreshLocks | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

/** Runs `refresh` holding the cross-tab lock when there is one. */
export async function withRefreshLock<T>(
  locks: RefreshLocks | null,
  refresh: () => Promise<T>,
  waitMs = REFRESH_LOCK_WAIT_MS,
): Promise<T> {
  if (locks === null) return refresh();
  let started = false;
  try {
    return await locks.request(
      REFRESH_LOCK_NAME,
      {
        mode: 'exclusive',
        ...(typeof AbortSignal.timeout === 'function' ? { signal: AbortSignal.timeout(waitMs) } : {}),
      },
      () => {
        started = true;
        return refresh();
      },
    );
  } catch (error) {
    // The wait timed out before the lock was granted: better one risky refresh than a stuck tab.
    if (!started) return refresh();
    throw error;
  }
}
