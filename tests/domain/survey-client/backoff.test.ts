import { describe, expect, it } from 'vitest';
import {
  retryAfterMs,
  retryCapMs,
  retryDelayMs,
} from '../../../src/domain/survey-client/backoff.ts';

describe('retryDelayMs', () => {
  it('doubles the ceiling per attempt and waits at least half of it', () => {
    expect(retryDelayMs(0, () => 0)).toBe(500);
    expect(retryDelayMs(0, () => 1)).toBe(1_000);
    expect(retryDelayMs(3, () => 0)).toBe(4_000);
    expect(retryDelayMs(3, () => 1)).toBe(8_000);
  });

  it('never exceeds the cap, however many attempts failed', () => {
    expect(retryDelayMs(40, () => 1)).toBe(retryCapMs);
    expect(retryDelayMs(40, () => 0)).toBe(retryCapMs / 2);
  });

  it('spreads clients with different random draws apart', () => {
    expect(retryDelayMs(2, () => 0.1)).not.toBe(retryDelayMs(2, () => 0.9));
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2024-05-01T10:00:00Z');

  it('reads seconds', () => expect(retryAfterMs('30', now)).toBe(30_000));

  it('reads an HTTP date relative to now, never negative', () => {
    expect(retryAfterMs('Wed, 01 May 2024 10:00:45 GMT', now)).toBe(45_000);
    expect(retryAfterMs('Wed, 01 May 2024 09:00:00 GMT', now)).toBe(0);
  });

  it('gives undefined for a missing or unreadable header', () => {
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs('-5', now)).toBeUndefined();
  });
});
