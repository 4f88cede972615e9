// Early termination for common words. A query like «независимой оценке» has tens of thousands of
// records with every word; scoring them all to show 20 is most of its time. The top tier of a
// word is where it scores its most (the record's own words, in the very form of the query): a
// record in every word's top tier has the highest key any record can have, and ties go to the
// lower id. So when at least k records with every word are in every top tier, the first k of
// them by id ARE the best k, and nothing else needs scoring. Every other record has some word
// at a lower tier (≥ 20 % lower), so it ranks strictly below; rounding can't close such a gap.
import { wordsFor } from './bitset.ts';
import type { Candidate } from './rank.ts';

/** Field class of a record's own words (title and text), the best-weighted field. */
const OWN_WORDS = 2;

/** Records where the candidate scores its most: in their own words, in the query's form if that form was ever seen. */
export function topTierBits(c: Candidate, records: number): Uint32Array {
  const bits = new Uint32Array(wordsFor(records));
  const { docs, packed, formBit } = c;
  for (let j = 0; j < docs.length; j += 1) {
    const p = packed[j]!;
    if ((p & 3) === OWN_WORDS && (formBit === 0 || ((p >>> 2) & formBit) !== 0))
      bits[docs[j]! >>> 5]! |= 1 << (docs[j]! & 31);
  }
  return bits;
}

/**
 * The best k of the records in `within`, when k of them are in every tier; else null (score
 * them all). Only valid when each query word has one candidate stem: a word read several ways
 * scores a record by its best reading, which a single tier can't tell. `scratch` is overwritten.
 */
export function firstInTiers(
  tiers: readonly Uint32Array[],
  within: Uint32Array,
  scratch: Uint32Array,
  k: number,
): number[] | null {
  if (k <= 0) return [];
  scratch.set(within);
  for (const tier of tiers) for (let i = 0; i < scratch.length; i += 1) scratch[i]! &= tier[i]!;
  const out: number[] = [];
  for (let w = 0; w < scratch.length; w += 1) {
    for (let x = scratch[w]!; x !== 0;) {
      const low = x & -x;
      x ^= low;
      out.push((w << 5) + 31 - Math.clz32(low));
      if (out.length === k) return out;
    }
  }
  return null;
}
