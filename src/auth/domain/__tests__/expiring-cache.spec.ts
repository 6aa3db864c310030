import { ExpiringCache } from '../expiring-cache.js';

describe('ExpiringCache', () => {
  it('serves an entry until it expires, then reads it as missing', () => {
    let now = 1_000;
    const cache = new ExpiringCache<string>(500, 10, () => now);
    cache.set('a', 'first');
    now = 1_499;
    expect(cache.get('a')).toBe('first');
    now = 1_500;
    expect(cache.get('a')).toBeUndefined();
  });

  it('keeps nothing with a zero time to live, and forgets on delete', () => {
    const disabled = new ExpiringCache<string>(0);
    disabled.set('a', 'x');
    expect(disabled.get('a')).toBeUndefined();
    const cache = new ExpiringCache<string>(1_000);
    cache.set('a', 'x');
    cache.delete('a');
    expect(cache.get('a')).toBeUndefined();
  });

  it('drops the oldest entry when full', () => {
    const cache = new ExpiringCache<number>(1_000, 2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
  });
});
