import { describe, expect, it } from 'vitest';
import {
  anyBit,
  bitsetOf,
  clearBits,
  countBits,
  intersectUnions,
  keepRanges,
} from '../../../src/domain/search/bitset.ts';

const RECORDS = 200;
const ids = (bits: Uint32Array) =>
  Array.from({ length: RECORDS }, (_, d) => d).filter((d) => (bits[d >>> 5]! >>> (d & 31)) & 1);
const set = (docs: number[]) => bitsetOf(Int32Array.from(docs), RECORDS);

describe('record bitsets', () => {
  it('hold exactly the records given, and count them', () => {
    const docs = [0, 1, 31, 32, 63, 64, 150, 199];
    expect(ids(set(docs))).toEqual(docs);
    expect(countBits(set(docs))).toBe(8);
  });

  it('clear a range across word boundaries, and keep only given ranges', () => {
    const all = Array.from({ length: RECORDS }, (_, d) => d);
    const bits = set(all);
    clearBits(bits, 5, 70);
    expect(ids(bits)).toEqual(all.filter((d) => d < 5 || d >= 70));
    const kept = set(all);
    keepRanges(kept, [
      [3, 40],
      [64, 65],
      [100, 131],
    ]);
    expect(ids(kept)).toEqual(
      all.filter((d) => (d >= 3 && d < 40) || d === 64 || (d >= 100 && d < 131)),
    );
  });

  it('tell whether a range has any record', () => {
    const bits = set([40, 130]);
    expect(anyBit(bits, 0, 40)).toBe(false);
    expect(anyBit(bits, 0, 41)).toBe(true);
    expect(anyBit(bits, 41, 130)).toBe(false);
    expect(anyBit(bits, 64, 200)).toBe(true);
  });

  it('intersect words, each the union of its candidate stems', () => {
    const out = new Uint32Array(bitsetOf(new Int32Array(), RECORDS).length);
    const union = new Uint32Array(out.length);
    const word1 = [{ bits: set([1, 2, 3, 40]) }, { bits: set([50, 90]) }];
    const word2 = [{ bits: set([2, 40, 90, 120]) }];
    expect(intersectUnions([word1, word2], out, union)).toBe(3);
    expect(ids(out)).toEqual([2, 40, 90]);
    expect(intersectUnions([], out, union)).toBe(0);
  });
});
