/**
 * Fixed-window counter per key (e.g. login attempts per e-mail and address). In memory: it
 * protects one instance; several instances would need a shared store.
 */
const MAX_KEYS = 10_000;

export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The seconds to wait when `key` is already over the limit, else 0; counts nothing. */
  wait(key: string): number {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs || window.count < this.limit) return 0;
    return Math.ceil((window.startedAt + this.windowMs - now) / 1000);
  }

  /** Counts one attempt; returns the seconds to wait when over the limit, else 0. */
  hit(key: string): number {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      this.windows.set(key, { startedAt: now, count: 1 });
      this.evictExpired(now);
      return 0;
    }
    window.count += 1;
    return window.count > this.limit ? Math.ceil((window.startedAt + this.windowMs - now) / 1000) : 0;
  }

  /**
   * Bounded memory: past MAX_KEYS keys, expired windows go, then the oldest (a Map iterates in
   * insertion order), so that many distinct keys cannot grow the map or make each hit slow.
   */
  private evictExpired(now: number): void {
    if (this.windows.size < MAX_KEYS) return;
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
    }
    for (const key of this.windows.keys()) {
      if (this.windows.size < MAX_KEYS / 2) break;
      this.windows.delete(key);
    }
  }
}
