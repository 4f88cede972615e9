// Scoring on typed arrays: one pass over each matched stem's postings, nothing allocated per record,
// then a bounded heap for the top results. Whole-record fuzzy matching can't hold at 150,000
// records; this stays linear in the postings actually touched.
import { fieldWeights } from './format.ts';
import { TopK } from './topk.ts';

/** One stem a query word matched, with its decoded postings. */
export interface Candidate {
  stem: string;
  /** 1 for the word's own stem, less for a completion or a misspelling. */
  weight: number;
  /** Bit of the query's own form in this stem's forms (0 when the form was never seen). */
  formBit: number;
  docs: Int32Array;
  packed: Int32Array;
  /** The same records as a bitset, for intersecting. */
  bits: Uint32Array;
}

/** Records matching the query, with a sort key: more query words matched first, then score. */
export interface Matches {
  docs: Int32Array;
  keys: Float64Array;
  /** Whether every query word matched (false: the records match only some of the words). */
  complete: boolean;
}

const EXACT_FORM_BONUS = 1.25;

const weightOfField = Float64Array.from(fieldWeights);

/** Sort key of a record matching `words` query words with `score`: more words first, then score. */
const keyOf = (words: number, score: number) => words * 1e6 + score;

export class Scorer {
  // Scratch arrays, one slot per record, allocated once per index and cleared after each query.
  private readonly score: Float64Array;
  private readonly best: Float64Array;
  private readonly matched: Uint8Array;
  private readonly stamp: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private tick = 0;
  private readonly recordCount: number;

  constructor(recordCount: number) {
    this.recordCount = recordCount;
    this.score = new Float64Array(recordCount);
    this.best = new Float64Array(recordCount);
    this.matched = new Uint8Array(recordCount);
    this.stamp = new Int32Array(recordCount);
    this.touched = new Int32Array(recordCount);
  }

  /** Scores records for the words' candidates; a record's score per word is its best candidate's. */
  match(words: Candidate[][]): Matches {
    this.touchedCount = 0;
    for (const candidates of words) {
      this.tick += 1;
      for (const c of candidates) this.add(c);
    }
    const result = this.collect(words.length);
    for (let i = 0; i < this.touchedCount; i += 1) {
      const d = this.touched[i]!;
      this.score[d] = 0;
      this.matched[d] = 0;
    }
    return result;
  }

  /**
   * Scores the records set in `within`, each of which has every word, and offers them to `top`;
   * returns how many there are. Same sums in the same order as match(), so the same keys.
   */
  scoreWithin(words: Candidate[][], within: Uint32Array, top: TopK): number {
    for (const candidates of words) {
      this.tick += 1;
      for (const c of candidates) this.addWithin(c, within);
    }
    const { score } = this;
    let total = 0;
    for (let w = 0; w < within.length; w += 1) {
      for (let x = within[w]!; x !== 0;) {
        const low = x & -x;
        x ^= low;
        const d = (w << 5) + 31 - Math.clz32(low);
        total += 1;
        top.offer(d, keyOf(words.length, score[d]!));
        score[d] = 0;
      }
    }
    return total;
  }

  private addWithin(c: Candidate, within: Uint32Array): void {
    const { score, best, stamp, tick } = this;
    const { docs, packed, formBit } = c;
    const idf = this.idf(c);
    for (let j = 0; j < docs.length; j += 1) {
      const d = docs[j]!;
      if (((within[d >>> 5]! >>> (d & 31)) & 1) === 0) continue;
      const s = postingScore(idf, packed[j]!, formBit);
      if (stamp[d] !== tick) {
        stamp[d] = tick;
        score[d] = score[d]! + s;
        best[d] = s;
      } else if (s > best[d]!) {
        score[d] = score[d]! + s - best[d]!;
        best[d] = s;
      }
    }
  }

  private idf(c: Candidate): number {
    return Math.log(1 + this.recordCount / c.docs.length) * c.weight;
  }

  private add(c: Candidate): void {
    const { score, best, matched, stamp, touched, tick } = this;
    const { docs, packed, formBit } = c;
    const idf = this.idf(c);
    let count = this.touchedCount;
    for (let j = 0; j < docs.length; j += 1) {
      const d = docs[j]!;
      const s = postingScore(idf, packed[j]!, formBit);
      if (stamp[d] !== tick) {
        stamp[d] = tick;
        if (matched[d] === 0) touched[count++] = d;
        matched[d] = matched[d]! + 1;
        score[d] = score[d]! + s;
        best[d] = s;
      } else if (s > best[d]!) {
        score[d] = score[d]! + s - best[d]!;
        best[d] = s;
      }
    }
    this.touchedCount = count;
  }

  private collect(wordCount: number): Matches {
    const { touched, matched, score } = this;
    let complete = 0;
    for (let i = 0; i < this.touchedCount; i += 1)
      if (matched[touched[i]!] === wordCount) complete += 1;
    const isComplete = complete > 0 || wordCount === 0;
    const docs = new Int32Array(isComplete ? complete : this.touchedCount);
    const keys = new Float64Array(docs.length);
    let n = 0;
    for (let i = 0; i < this.touchedCount; i += 1) {
      const d = touched[i]!;
      if (isComplete && matched[d] !== wordCount) continue;
      docs[n] = d;
      keys[n] = keyOf(matched[d]!, score[d]!);
      n += 1;
    }
    return { docs, keys, complete: isComplete };
  }
}

/** A posting's share of a record's score: its field, and a bonus for the very form of the query. */
function postingScore(idf: number, packed: number, formBit: number): number {
  const s = idf * weightOfField[packed & 3]!;
  return formBit !== 0 && ((packed >>> 2) & formBit) !== 0 ? s * EXACT_FORM_BONUS : s;
}

/** The best `k` allowed records, best first, and how many records are allowed in all. */
export function topAllowed(
  matches: Matches,
  allowed: (doc: number) => boolean,
  k: number,
): { docs: number[]; total: number } {
  const top = new TopK(k);
  const { docs, keys } = matches;
  let total = 0;
  for (let i = 0; i < docs.length; i += 1) {
    if (!allowed(docs[i]!)) continue;
    total += 1;
    top.offer(docs[i]!, keys[i]!);
  }
  return { docs: top.best(), total };
}
