// The bitset path (intersect, score only the records with every word, stop at the top tier) must
// rank exactly as the exhaustive one (score every posting, keep the complete records): checked
// on random postings dense enough that thousands of records match every word.
import { describe, expect, it } from 'vitest';
import {
  bitsetOf,
  intersectUnions,
  keepRanges,
  wordsFor,
} from '../../../src/domain/search/bitset.ts';
import type { IdRange } from '../../../src/domain/search/format.ts';
import { inRanges } from '../../../src/domain/search/filters.ts';
import { Scorer, topAllowed, type Candidate } from '../../../src/domain/search/rank.ts';
import { firstInTiers, topTierBits } from '../../../src/domain/search/tier.ts';
import { TopK } from '../../../src/domain/search/topk.ts';

const RECORDS = 5000;

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function candidate(next: () => number, stem: string, density: number, ownWords: number): Candidate {
  const docs: number[] = [];
  const packed: number[] = [];
  for (let d = 0; d < RECORDS; d += 1) {
    if (next() >= density) continue;
    docs.push(d);
    const field = next() < ownWords ? 2 : next() < 0.5 ? 1 : 0;
    packed.push(((1 + Math.floor(next() * 3)) << 2) | field);
  }
  const d = Int32Array.from(docs);
  return {
    stem,
    weight: next() < 0.5 ? 1 : 0.8,
    formBit: Math.floor(next() * 3),
    docs: d,
    packed: Int32Array.from(packed),
    bits: bitsetOf(d, RECORDS),
  };
}

function randomQuery(seed: number, singleCandidates: boolean): Candidate[][] {
  const next = random(seed);
  const words = 1 + Math.floor(next() * 3);
  return Array.from({ length: words }, (_, w) =>
    Array.from({ length: singleCandidates ? 1 : 1 + Math.floor(next() * 3) }, (_, c) =>
      candidate(next, `s${w}-${c}`, 0.3 + next() * 0.6, 0.5 + next() * 0.5),
    ),
  );
}

const scorer = new Scorer(RECORDS);
const within = new Uint32Array(wordsFor(RECORDS));
const scratch = new Uint32Array(wordsFor(RECORDS));

function exhaustive(words: Candidate[][], ranges: IdRange[], k: number) {
  const matches = scorer.match(words);
  return { complete: matches.complete, ...topAllowed(matches, (d) => inRanges(ranges, d), k) };
}

function bitsetPath(words: Candidate[][], ranges: IdRange[], k: number) {
  if (intersectUnions(words, within, scratch) === 0) return null;
  keepRanges(within, ranges);
  const top = new TopK(k);
  const total = scorer.scoreWithin(words, within, top);
  return { complete: true, docs: top.best(), total };
}

const territory: IdRange[] = [
  [100, 900],
  [1500, 1501],
  [2000, 4100],
];
const everywhere: IdRange[] = [[0, RECORDS]];

describe('ranking records with every word on bitsets', () => {
  it('gives the same records, order and count as scoring every posting', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const words = randomQuery(seed, false);
      for (const ranges of [everywhere, territory]) {
        const expected = exhaustive(words, ranges, 25);
        expect(expected.complete).toBe(true);
        expect(bitsetPath(words, ranges, 25), `seed ${seed}`).toEqual(expected);
      }
    }
  });

  it('leaves no score behind for the next query', () => {
    const words = randomQuery(7, false);
    bitsetPath(words, everywhere, 10);
    expect(bitsetPath(words, everywhere, 10)).toEqual(exhaustive(words, everywhere, 10));
  });
});

describe('stopping at the top tier', () => {
  it('returns the very best k when enough records have every word at its top, else hands over', () => {
    let stopped = 0;
    let handedOver = 0;
    for (let seed = 100; seed < 160; seed += 1) {
      const words = randomQuery(seed, true);
      const k = seed % 2 === 0 ? 20 : 300;
      intersectUnions(words, within, scratch);
      const first = firstInTiers(
        words.map(([c]) => topTierBits(c!, RECORDS)),
        within,
        scratch,
        k,
      );
      if (first === null) {
        handedOver += 1;
        continue;
      }
      stopped += 1;
      expect(first, `seed ${seed}`).toEqual(exhaustive(words, everywhere, k).docs);
    }
    // Both ways were exercised by the fixture.
    expect(stopped).toBeGreaterThan(5);
    expect(handedOver).toBeGreaterThan(5);
  });

  it('asks for nothing, gets nothing', () => {
    expect(firstInTiers([], within, scratch, 0)).toEqual([]);
  });
});
