// The search engine the page's worker (and the benchmark) runs: loads index files on demand,
// finds each query word's stems, scores, filters and returns the results ready to show.
import {
  andInto,
  anyBit,
  bitsetOf,
  countBits,
  intersectUnions,
  keepRanges,
  wordsFor,
} from './bitset.ts';
import {
  completions,
  lowerBound,
  misspellings,
  typoDictionaries,
  type DictionaryKey,
} from './fuzzy.ts';
import { allowedRanges, facetTest, inRanges, needsFacets, type SearchFilters } from './filters.ts';
import {
  dictFile,
  type IdRange,
  type IndexMeta,
  type IndexMunicipality,
  type StoredRecord,
  type TermShard,
} from './format.ts';
import { highlight, snippet, type Segment } from './highlight.ts';
import { fromLatinLayout } from './layout.ts';
import { isStopword, stemWord } from './stem.ts';
import { parseQuery, type QueryWord } from './query.ts';
import { Scorer, topAllowed, type Candidate } from './rank.ts';
import { firstInTiers, topTierBits } from './tier.ts';
import { TopK } from './topk.ts';
import type { RecordKind } from './record.ts';
import { decodeRuns, decodeVarints } from './varint.ts';

/** Fetches one index file by name (meta, t3, r12…) and returns its parsed JSON. */
export type IndexLoader = (file: string) => Promise<unknown>;

export interface SearchHit {
  kind: RecordKind;
  href: string;
  title: Segment[];
  snippet: Segment[];
  context: string;
  details: { label: string; value: Segment[] }[];
}

export interface SearchResponse {
  /** Records matching, after filters. */
  total: number;
  /** True when no record has every word and these records match only some. */
  partial: boolean;
  hits: SearchHit[];
  /** The stems matched, for the reader: a misspelling shows which word it was read as. */
  matchedStems: string[];
  /** The query as the results read it, when it found nothing as typed but did in the Russian keyboard layout. */
  readAs?: string;
}

interface DecodedTerm {
  forms: string[];
  docs: Int32Array;
  packed: Int32Array;
  bits: Uint32Array;
}

/** Records passing the kind, year and sphere filters, filled in block by block as facet files arrive. */
interface FacetMask {
  bits: Uint32Array;
  filled: Set<number>;
}

interface Ranked {
  docs: number[];
  total: number;
  complete: boolean;
}

/** Facet masks kept for this many filter combinations (a reader tries a few, not hundreds). */
const FACET_MASKS_KEPT = 4;

const COMPLETION_WEIGHT = 0.8;
const MISSPELLING_WEIGHT = 0.6;
const MISSPELLINGS_KEPT = 4;

export class SearchEngine {
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly terms = new Map<string, Promise<DecodedTerm | null>>();
  private readonly facets = new Map<number, Promise<Int32Array>>();
  private readonly facetMasks = new Map<string, FacetMask>();
  /** Top tier of a stem for a query form: "stem NUL form bit" → bitset. */
  private readonly tiers = new Map<string, Uint32Array>();
  private readonly scorer: Scorer;
  // Scratch bitsets of the records having every word, reused by every query (nothing allocated).
  private readonly within: Uint32Array;
  private readonly union: Uint32Array;
  readonly meta: IndexMeta;
  private readonly load: IndexLoader;

  private constructor(meta: IndexMeta, load: IndexLoader) {
    this.meta = meta;
    this.load = load;
    this.scorer = new Scorer(meta.records);
    this.within = new Uint32Array(wordsFor(meta.records));
    this.union = new Uint32Array(wordsFor(meta.records));
  }

  static async open(load: IndexLoader): Promise<SearchEngine> {
    return new SearchEngine((await load('meta')) as IndexMeta, load);
  }

  private file<T>(name: string): Promise<T> {
    let p = this.files.get(name);
    if (!p) this.files.set(name, (p = forgetOnFailure(this.files, name, this.load(name))));
    return p as Promise<T>;
  }

  municipalities(regionId: string): Promise<IndexMunicipality[]> {
    const region = this.meta.regions.find((r) => r.id === regionId);
    return region?.hasMunicipalities ? this.file(`m-${regionId}`) : Promise.resolve([]);
  }

  private term(stem: string): Promise<DecodedTerm | null> {
    let p = this.terms.get(stem);
    if (!p) {
      const shard = lowerBound(this.meta.termShards, stem + '\u0000') - 1;
      p =
        shard < 0
          ? Promise.resolve(null)
          : forgetOnFailure(
              this.terms,
              stem,
              this.file<TermShard>(`t${shard}`).then((s) => decodeTerm(s[stem], this.meta.records)),
            );
      this.terms.set(stem, p);
    }
    return p;
  }

  private facetBlock(block: number): Promise<Int32Array> {
    let p = this.facets.get(block);
    if (!p)
      this.facets.set(
        block,
        (p = forgetOnFailure(this.facets, block, this.file<string>(`f${block}`).then(decodeRuns))),
      );
    return p;
  }

  private dictionary({ letter, position }: DictionaryKey): Promise<string[]> {
    const letters = position === 0 ? this.meta.dictLetters : this.meta.dictSecondLetters;
    return letters.includes(letter)
      ? this.file<string[]>(dictFile(letter, position))
      : Promise.resolve([]);
  }

  /**
   * The stems a query word stands for: its own, else completions of a word being typed, else
   * misspellings. A number stands only for itself: «2019» read as «2018» would be a wrong answer,
   * not a near one.
   */
  private async candidates(word: QueryWord): Promise<Candidate[]> {
    const own = await this.term(word.stem);
    if (own) return [candidate(word, word.stem, 1, own)];
    if (/\p{N}/u.test(word.form)) return [];
    const firstLetter = await this.dictionary({ letter: [...word.stem][0]!, position: 0 });
    const near = [
      ...(word.prefix && word.form.length >= 2
        ? completions(firstLetter, word.stem, 8).map((s) => [s, COMPLETION_WEIGHT] as const)
        : []),
      ...(word.form.length >= 4
        ? (await this.misspellings(firstLetter, word.stem)).map(
            (s) => [s, MISSPELLING_WEIGHT] as const,
          )
        : []),
    ];
    const found = await Promise.all(
      near.map(async ([stem, weight]) => [stem, weight, await this.term(stem)] as const),
    );
    return found.flatMap(([stem, weight, term]) =>
      term ? [candidate(word, stem, weight, term)] : [],
    );
  }

  /** Misspellings keeping the first letter; only when there are none, the (rarer) typo in the first letter: three more files. */
  private async misspellings(firstLetter: string[], stem: string): Promise<string[]> {
    const same = misspellings([firstLetter], stem, MISSPELLINGS_KEPT);
    if (same.length > 0) return same;
    const others = await Promise.all(typoDictionaries(stem).map((key) => this.dictionary(key)));
    return misspellings(others, stem, MISSPELLINGS_KEPT);
  }

  /** Retries a query that found nothing in the Russian keyboard layout («fyrtnf» → «анкета»). */
  async search(query: string, filters: SearchFilters = {}, limit = 20): Promise<SearchResponse> {
    const typed = await this.searchAsTyped(query, filters, limit);
    const swapped = typed.total === 0 ? fromLatinLayout(query) : null;
    if (swapped === null) return typed;
    const read = await this.searchAsTyped(swapped, filters, limit);
    return read.total > 0 ? { ...read, readAs: swapped } : typed;
  }

  private async searchAsTyped(
    query: string,
    filters: SearchFilters,
    limit: number,
  ): Promise<SearchResponse> {
    const words = parseQuery(query);
    if (words.length === 0) return { total: 0, partial: false, hits: [], matchedStems: [] };
    const perWord = await Promise.all(words.map((w) => this.candidates(w)));
    const present = perWord.filter((c) => c.length > 0);
    const ranked =
      (await this.rankComplete(present, filters, limit)) ??
      (await this.rankAny(present, filters, limit));
    const stems = new Set(perWord.flat().map((c) => c.stem));
    const hits = await this.hits(ranked.docs, stems);
    return {
      total: ranked.total,
      partial: !ranked.complete || present.length < perWord.length,
      hits,
      matchedStems: [...stems],
    };
  }

  /**
   * Records having every word, the usual case: the words' bitsets are intersected and narrowed by
   * the filters a machine word at a time, so the count is exact and only these records are scored.
   * Null when no record has every word.
   */
  private async rankComplete(
    words: Candidate[][],
    filters: SearchFilters,
    limit: number,
  ): Promise<Ranked | null> {
    if (words.length === 0) return null;
    const ranges = await this.territoryRanges(filters);
    const narrow = () => {
      if (intersectUnions(words, this.within, this.union) === 0) return false;
      if (ranges) keepRanges(this.within, ranges);
      return true;
    };
    if (!narrow()) return null;
    const mask = needsFacets(filters)
      ? await this.facetMask(
          filters,
          this.blocksWhere((from, to) => anyBit(this.within, from, to)),
        )
      : null;
    // From here on nothing awaits: the scratch bitset is shared with queries running meanwhile,
    // so it is recomputed after the facet download above.
    if (mask) {
      narrow();
      andInto(this.within, mask.bits);
    }
    const first = words.every((w) => w.length === 1)
      ? firstInTiers(
          words.map(([c]) => this.topTier(c!)),
          this.within,
          this.union,
          limit,
        )
      : null;
    if (first) return { docs: first, total: countBits(this.within), complete: true };
    const top = new TopK(limit);
    const total = this.scorer.scoreWithin(words, this.within, top);
    return { docs: top.best(), total, complete: true };
  }

  private topTier(c: Candidate): Uint32Array {
    const key = `${c.stem}\u0000${c.formBit}`;
    let bits = this.tiers.get(key);
    if (!bits) this.tiers.set(key, (bits = topTierBits(c, this.meta.records)));
    return bits;
  }

  /** No record has every word: records with some of them, more words first (every posting scored). */
  private async rankAny(
    words: Candidate[][],
    filters: SearchFilters,
    limit: number,
  ): Promise<Ranked> {
    const matches = this.scorer.match(words);
    const ranges = await this.territoryRanges(filters);
    const inTerritory = ranges === null ? () => true : (doc: number) => inRanges(ranges, doc);
    let allowed = inTerritory;
    if (needsFacets(filters)) {
      const needed = new Set<number>();
      for (const d of matches.docs)
        if (inTerritory(d)) needed.add(Math.floor(d / this.meta.facetBlock));
      const { bits } = await this.facetMask(filters, [...needed]);
      allowed = (doc) => inTerritory(doc) && ((bits[doc >>> 5]! >>> (doc & 31)) & 1) === 1;
    }
    return { ...topAllowed(matches, allowed, limit), complete: matches.complete };
  }

  private async territoryRanges(filters: SearchFilters): Promise<IdRange[] | null> {
    const region =
      filters.municipality && filters.region ? await this.municipalities(filters.region) : [];
    return allowedRanges(
      this.meta,
      filters,
      region.find((m) => m.id === filters.municipality)?.range,
    );
  }

  /** Facet blocks for which `has(from, to)` holds of their record range. */
  private blocksWhere(has: (from: number, to: number) => boolean): number[] {
    const { facetBlock, records } = this.meta;
    const out: number[] = [];
    for (let b = 0; b * facetBlock < records; b += 1)
      if (has(b * facetBlock, Math.min(records, (b + 1) * facetBlock))) out.push(b);
    return out;
  }

  /** The records passing the facet filters, known at least for the given blocks (only those are downloaded). */
  private async facetMask(filters: SearchFilters, blocks: number[]): Promise<FacetMask> {
    const key = JSON.stringify([filters.kind, filters.year, filters.sphere]);
    let mask = this.facetMasks.get(key);
    if (!mask) {
      if (this.facetMasks.size >= FACET_MASKS_KEPT) this.facetMasks.clear();
      this.facetMasks.set(
        key,
        (mask = { bits: new Uint32Array(wordsFor(this.meta.records)), filled: new Set() }),
      );
    }
    const test = facetTest(this.meta, filters);
    const target = mask;
    await Promise.all(
      blocks
        .filter((b) => !target.filled.has(b))
        .map(async (b) => {
          const codes = await this.facetBlock(b);
          if (target.filled.has(b)) return;
          const start = b * this.meta.facetBlock;
          for (let i = 0; i < codes.length; i += 1)
            if (test(codes[i]!)) target.bits[(start + i) >>> 5]! |= 1 << ((start + i) & 31);
          target.filled.add(b);
        }),
    );
    return mask;
  }

  private async hits(docs: number[], stems: Set<string>): Promise<SearchHit[]> {
    const block = this.meta.recordBlock;
    const isMatch = (form: string) => !isStopword(form) && stems.has(stemWord(form));
    return Promise.all(
      docs.map(async (doc) => {
        const r = (await this.file<StoredRecord[]>(`r${Math.floor(doc / block)}`))[doc % block]!;
        return {
          kind: r.kind,
          href: r.href,
          title: highlight(r.title, isMatch),
          snippet: snippet(r.text, isMatch),
          context: r.context,
          details: r.details.map((d) => ({
            label: d.label,
            value: snippet(d.value, isMatch, 200),
          })),
        };
      }),
    );
  }
}

/** A failed download must not poison a cache: the next query tries again. */
function forgetOnFailure<K, T>(cache: Map<K, Promise<T>>, key: K, promise: Promise<T>): Promise<T> {
  promise.catch(() => cache.delete(key));
  return promise;
}

function decodeTerm(entry: TermShard[string] | undefined, records: number): DecodedTerm | null {
  if (!entry) return null;
  const values = decodeVarints(entry[1]);
  const docs = new Int32Array(values.length / 2);
  const packed = new Int32Array(values.length / 2);
  let doc = 0;
  for (let i = 0; i < docs.length; i += 1) {
    doc += values[2 * i]!;
    docs[i] = doc;
    packed[i] = values[2 * i + 1]!;
  }
  return { forms: entry[0].split(' '), docs, packed, bits: bitsetOf(docs, records) };
}

function candidate(word: QueryWord, stem: string, weight: number, term: DecodedTerm): Candidate {
  const formIndex = term.forms.indexOf(word.form);
  return {
    stem,
    weight,
    formBit: formIndex < 0 ? 0 : 1 << formIndex,
    docs: term.docs,
    packed: term.packed,
    bits: term.bits,
  };
}
