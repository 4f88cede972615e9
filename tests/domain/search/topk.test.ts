import { describe, expect, it } from 'vitest';
import { TopK } from '../../../src/domain/search/topk.ts';

describe('top k records', () => {
  it('keeps the best keys, ties to the lower record id, whatever the order offered', () => {
    const offers: [number, number][] = [
      [9, 1],
      [3, 5],
      [7, 5],
      [1, 2],
      [5, 5],
      [2, 0],
      [8, 7],
    ];
    const top = new TopK(4);
    for (const [doc, key] of offers) top.offer(doc, key);
    expect(top.best()).toEqual([8, 3, 5, 7]);
    const reversed = new TopK(4);
    for (const [doc, key] of [...offers].reverse()) reversed.offer(doc, key);
    expect(reversed.best()).toEqual([8, 3, 5, 7]);
  });

  it('keeps nothing when asked for nothing, and everything when asked for more', () => {
    const none = new TopK(0);
    none.offer(1, 1);
    expect(none.best()).toEqual([]);
    const all = new TopK(10);
    all.offer(4, 1);
    all.offer(2, 3);
    expect(all.best()).toEqual([2, 4]);
  });
});
