/**
 * Runs a task per key (a room) at most once per window: the first request at
 * once, and any further requests within the window once, at its end, so the
 * last of a burst is never lost. One timer per key with a pending window;
 * keys without one cost nothing.
 */
export class KeyedThrottle {
  private readonly windows = new Map<string, { again: boolean; timer: NodeJS.Timeout }>();

  constructor(
    private readonly windowMs: number,
    private readonly task: (key: string) => void,
  ) {}

  request(key: string): void {
    const open = this.windows.get(key);
    if (open) {
      open.again = true;
      return;
    }
    this.runNow(key);
  }

  stop(): void {
    for (const window of this.windows.values()) clearTimeout(window.timer);
    this.windows.clear();
  }

  private runNow(key: string): void {
    const timer = setTimeout(() => this.windowEnded(key), this.windowMs);
    timer.unref();
    this.windows.set(key, { again: false, timer });
    this.task(key);
  }

  private windowEnded(key: string): void {
    const window = this.windows.get(key);
    this.windows.delete(key);
    if (window?.again) this.runNow(key);
  }
}
