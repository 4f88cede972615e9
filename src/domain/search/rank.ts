// Scoring on typed arrays: one pass over each matched stem's postings, nothing allocated per record,
// then a bounded heap for the top results. Whole-record fuzzy matching can't hold at 150,000
// records; this stays linear in the postings actually touched.
import { fieldWeights } from './format.ts';

/** One stem a query word matched, with its decoded postings. */
export interface Candidate {
  stem: string;
  /** 1 for the word's own stem, less for a completion or a misspelling. */
  weight: number;
  /** Bit of the query's own form in this stem's forms (0 when the form was never seen). */
  formBit: number;
  docs: Int32Array;
  packed: Int32Array;
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

  private add(c: Candidate): void {
    const { score, best, matched, stamp, touched, tick } = this;
    const { docs, packed, formBit } = c;
    const idf = Math.log(1 + this.recordCount / docs.length) * c.weight;
    let count = this.touchedCount;
    for (let j = 0; j < docs.length; j += 1) {
      const d = docs[j]!;
      const p = packed[j]!;
      let s = idf * weightOfField[p & 3]!;
      if (formBit !== 0 && ((p >>> 2) & formBit) !== 0) s *= EXACT_FORM_BONUS;
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
    for (let i = 0; i < this.touchedCount; i += 1) if (matched[touched[i]!] === wordCount) complete += 1;
    const isComplete = complete > 0 || wordCount === 0;
    const docs = new Int32Array(isComplete ? complete : this.touchedCount);
    const keys = new Float64Array(docs.length);
    let n = 0;
    for (let i = 0; i < this.touchedCount; i += 1) {
      const d = touched[i]!;
      if (isComplete && matched[d] !== wordCount) continue;
      docs[n] = d;
      keys[n] = matched[d]! * 1e6 + score[d]!;
      n += 1;
    }
    return { docs, keys, complete: isComplete };
  }
}

/**
 * Indexes (into matches) of the best `k` allowed records, best first; ties go to the lower record
 * id, which is the territory order. Also counts all allowed records.
 */
export function topAllowed(matches: Matches, allowed: (doc: number) => boolean, k: number): { order: number[]; total: number } {
  const heap: number[] = [];
  // worse(a, b): a ranks below b
  const worse = (a: number, b: number) => matches.keys[a]! < matches.keys[b]! || (matches.keys[a] === matches.keys[b] && matches.docs[a]! > matches.docs[b]!);
  const { docs, keys } = matches;
  let total = 0;
  // Below the worst key kept, a record can't enter the heap: one comparison, no call.
  let floor = -Infinity;
  for (let i = 0; i < docs.length; i += 1) {
    if (!allowed(docs[i]!)) continue;
    total += 1;
    if (keys[i]! < floor) continue;
    if (heap.length < k) siftUp(heap, i, worse);
    else if (k > 0 && worse(heap[0]!, i)) replaceTop(heap, i, worse);
    if (heap.length === k) floor = keys[heap[0]!]!;
  }
  return { order: heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0)), total };
}

type Worse = (a: number, b: number) => boolean;

// A min-heap by rank: heap[0] is the worst of the best k kept so far.
function siftUp(heap: number[], item: number, worse: Worse): void {
  let i = heap.push(item) - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!worse(heap[i]!, heap[parent]!)) break;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

function replaceTop(heap: number[], item: number, worse: Worse): void {
  heap[0] = item;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
    if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
    if (m === i) return;
    [heap[i], heap[m]] = [heap[m]!, heap[i]!];
    i = m;
  }
}
