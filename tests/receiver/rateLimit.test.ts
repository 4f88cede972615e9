import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/receiver/rateLimit.ts';

describe('token bucket', () => {
  it('allows a burst, refuses with a retry delay, then refills over time', () => {
    let t = 0;
    const limiter = createRateLimiter({ burst: 2, perMinute: 2 }, () => t);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(limiter.take('b').allowed).toBe(true); // buckets are per client
    t = 30_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('keeps its memory bounded under many client keys', () => {
    let t = 0;
    const limiter = createRateLimiter({ burst: 1, perMinute: 1 }, () => t);
    for (let i = 0; i < 60_000; i += 1) limiter.take(`10.${i}`);
    expect(limiter.size()).toBeLessThanOrEqual(50_000);
    t = 120_000; // all buckets full again: the next sweep empties the map
    limiter.take('x');
    expect(limiter.size()).toBeLessThanOrEqual(2);
  });
});
