import { RateLimiter } from '../rate-limiter.js';

describe('RateLimiter', () => {
  it('counts hits per key in a fixed window; wait only reads the count', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.wait('a')).toBe(0);
    expect([limiter.hit('a'), limiter.hit('a')]).toEqual([0, 0]);
    expect(limiter.wait('a')).toBe(60);
    expect(limiter.wait('a')).toBe(60);
    expect(limiter.wait('b')).toBe(0);
    now = 30_000;
    expect(limiter.hit('a')).toBe(30);
    now = 60_000;
    expect(limiter.wait('a')).toBe(0);
    expect(limiter.hit('a')).toBe(0);
  });

  it('keeps a bounded number of keys however many distinct keys arrive', () => {
    const limiter = new RateLimiter(1, 60_000, () => 0);
    for (let i = 0; i < 50_000; i += 1) limiter.hit(`key-${i}`);
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(10_000);
    // The newest keys are kept.
    expect(limiter.hit('key-49999')).toBeGreaterThan(0);
  });
});
