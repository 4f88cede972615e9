import { describe, expect, it } from 'vitest';
import { memoized } from '../../src/domain/memo.ts';

describe('memoized', () => {
  it('computes each argument once and returns the same result', () => {
    let calls = 0;
    const double = memoized((n: number) => ((calls += 1), n * 2));
    expect([double(2), double(2), double(3)]).toEqual([4, 4, 6]);
    expect(calls).toBe(2);
  });

  it('stops remembering past its limit but still answers', () => {
    let calls = 0;
    const id = memoized((s: string) => ((calls += 1), s), 1);
    expect([id('a'), id('b'), id('b'), id('a')]).toEqual(['a', 'b', 'b', 'a']);
    expect(calls).toBe(3);
  });
});
