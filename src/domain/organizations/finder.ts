// Ranking the names of one finder file for what a citizen types, with fuse.js: each word of the
// query is matched fuzzily (typos), every word must match, rarer words weigh more. Names and the
// query are folded the same way first (nameSearch.ts); numbers must match exactly, so «школа 5»
// never offers school 15.
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

/** How far a word may be from a name's word; fuse's scale, 0 exact to 1 anything. */
const THRESHOLD = 0.35;

const collator = new Intl.Collator('ru');

export class OrganizationFinder {
  private readonly entries: Entry[];
  /** One fuse index per scope (the whole file, or one municipality), built when first asked. */
  private readonly indexes = new Map<number | 'all', Fuse<Entry>>();

  constructor(shard: FinderShard) {
    this.entries = shard.organizations.map(([id, name, municipality]) => ({ id, name, municipality, folded: foldName(name) }));
  }

  private index(municipality: number | undefined): Fuse<Entry> {
    const key = municipality ?? 'all';
    let fuse = this.indexes.get(key);
    if (!fuse) {
      const scope = municipality === undefined ? this.entries : this.entries.filter((e) => e.municipality === municipality);
      fuse = new Fuse(scope, { keys: ['folded.text'], useTokenSearch: true, tokenMatch: 'all', ignoreLocation: true, threshold: THRESHOLD });
      this.indexes.set(key, fuse);
    }
    return fuse;
  }

  /** The best `limit` names for the query, within a municipality when one is given. */
  search(query: string, options: { municipality?: number | undefined; limit: number }): FinderHit[] {
    const parsed = parseFinderQuery(query);
    const matchesNumbers = (e: Entry) => hasNumbers(e.folded, parsed);
    if (parsed.text === '') {
      // Only a number («5», «№ 12»): the names that have it, in alphabetical order.
      if (parsed.numbers.length === 0) return [];
      const inScope = (e: Entry) => options.municipality === undefined || e.municipality === options.municipality;
      return this.entries.filter((e) => inScope(e) && matchesNumbers(e)).sort((a, b) => collator.compare(a.name, b.name)).slice(0, options.limit).map(hit);
    }
    const found: FinderHit[] = [];
    for (const { item } of this.index(options.municipality).search(parsed.text)) {
      if (!matchesNumbers(item)) continue;
      found.push(hit(item));
      if (found.length === options.limit) break;
    }
    return found;
  }
}

const hit = ({ id, name, municipality }: Entry): FinderHit => ({ id, name, municipality });
