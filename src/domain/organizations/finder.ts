// Ranking the names of one finder file for what a citizen types. fuse.js matches each typed
// word against the file's distinct words (typos, a word still being typed); a name must have a
// match for every typed word and ranks by the fuse scores of its matching words, then shorter
// first, then alphabetically. Names and query are folded alike first (nameSearch.ts); numbers
// must match exactly, so «школа 5» never offers school 15.
//
// Why words and not whole names: fuse over the 4,890 expanded names of the synthetic nation's
// largest file took 50–80 ms a keystroke (p95 97–240 ms, measured with its token, extended and
// plain searches); its 51 distinct words take well under a millisecond.
import Fuse from 'fuse.js';
import type { FinderShard } from './finderShards.ts';
import { foldName, hasNumbers, parseFinderQuery, type FoldedName } from './nameSearch.ts';

export interface FinderHit {
  id: string;
  name: string;
  /** Index into the shard's municipalities; -1 for an organization of the region itself. */
  municipality: number;
}

interface Entry extends FinderHit {
  folded: FoldedName;
}

/** How far a typed word may be from a name's word; fuse's scale, 0 exact to 1 anything. */
const THRESHOLD = 0.35;
/** Typed words whose matches are remembered: the words before the one being typed repeat at every keystroke. */
const REMEMBERED_TERMS = 64;

export class OrganizationFinder {
  private readonly entries: Entry[];
  /** For each distinct word, the entries having it (ascending). */
  private readonly postings: number[][];
  private readonly fuse: Fuse<string>;
  private readonly termMatches = new Map<string, { word: number; score: number }[]>();

  constructor(shard: FinderShard) {
    this.entries = shard.organizations.map(([id, name, municipality]) => ({
      id,
      name,
      municipality,
      folded: foldName(name),
    }));
    const wordIndex = new Map<string, number>();
    this.postings = [];
    this.entries.forEach((entry, i) => {
      for (const word of new Set(entry.folded.text.split(' '))) {
        let w = wordIndex.get(word);
        if (w === undefined) wordIndex.set(word, (w = this.postings.push([]) - 1));
        this.postings[w]!.push(i);
      }
    });
    this.fuse = new Fuse([...wordIndex.keys()], {
      threshold: THRESHOLD,
      ignoreLocation: true,
      includeScore: true,
    });
  }

  private matches(term: string): { word: number; score: number }[] {
    let found = this.termMatches.get(term);
    if (!found) {
      if (this.termMatches.size >= REMEMBERED_TERMS) this.termMatches.clear();
      // Best first, so an entry's first match for a term is its best.
      found = this.fuse.search(term).map((r) => ({ word: r.refIndex, score: r.score ?? 0 }));
      this.termMatches.set(term, found);
    }
    return found;
  }

  /** The best `limit` names for the query, within a municipality when one is given. */
  search(
    query: string,
    options: { municipality?: number | undefined; limit: number },
  ): FinderHit[] {
    const parsed = parseFinderQuery(query);
    const terms = [...new Set(parsed.text.split(' ').filter(Boolean))];
    if (terms.length === 0 && parsed.numbers.length === 0) return [];
    const inScope = (i: number) => {
      const e = this.entries[i]!;
      return (
        (options.municipality === undefined || e.municipality === options.municipality) &&
        hasNumbers(e.folded, parsed)
      );
    };
    // Only a number («5», «№ 12»): the names that have it, in alphabetical (file) order.
    if (terms.length === 0)
      return this.entries
        .flatMap((_, i) => (inScope(i) ? [i] : []))
        .slice(0, options.limit)
        .map((i) => hit(this.entries[i]!));
    const score = new Float64Array(this.entries.length);
    const termsMatched = new Uint8Array(this.entries.length);
    terms.forEach((term, t) => {
      for (const { word, score: s } of this.matches(term)) {
        for (const i of this.postings[word]!) {
          if (termsMatched[i] !== t) continue; // has no match for an earlier term, or this one counted already
          termsMatched[i] = t + 1;
          score[i] = score[i]! + s;
        }
      }
    });
    const found: number[] = [];
    for (let i = 0; i < this.entries.length; i += 1)
      if (termsMatched[i] === terms.length && inScope(i)) found.push(i);
    const length = (i: number) => this.entries[i]!.folded.text.length;
    found.sort((a, b) => score[a]! - score[b]! || length(a) - length(b) || a - b);
    return found.slice(0, options.limit).map((i) => hit(this.entries[i]!));
  }
}

const hit = ({ id, name, municipality }: Entry): FinderHit => ({ id, name, municipality });
