// The search engine the page's worker (and the benchmark) runs: loads index files on demand,
// finds each query word's stems, scores, filters and returns the results ready to show.
import { completions, lowerBound, misspellings } from './fuzzy.ts';
import { allowedRanges, facetTest, inRanges, needsFacets, type SearchFilters } from './filters.ts';
import { dictFile, type IndexMeta, type IndexMunicipality, type StoredRecord, type TermShard } from './format.ts';
import { highlight, snippet, type Segment } from './highlight.ts';
import { isStopword, stemWord } from './stem.ts';
import { parseQuery, type QueryWord } from './query.ts';
import { Scorer, topAllowed, type Candidate } from './rank.ts';
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
}

interface DecodedTerm {
  forms: string[];
  docs: Int32Array;
  packed: Int32Array;
}

const COMPLETION_WEIGHT = 0.8;
const MISSPELLING_WEIGHT = 0.6;

export class SearchEngine {
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly terms = new Map<string, Promise<DecodedTerm | null>>();
  private readonly facets = new Map<number, Promise<Int32Array>>();
  private readonly scorer: Scorer;
  readonly meta: IndexMeta;
  private readonly load: IndexLoader;

  private constructor(meta: IndexMeta, load: IndexLoader) {
    this.meta = meta;
    this.load = load;
    this.scorer = new Scorer(meta.records);
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
      p = shard < 0 ? Promise.resolve(null) : forgetOnFailure(this.terms, stem, this.file<TermShard>(`t${shard}`).then((s) => decodeTerm(s[stem])));
      this.terms.set(stem, p);
    }
    return p;
  }

  private facetBlock(block: number): Promise<Int32Array> {
    let p = this.facets.get(block);
    if (!p) this.facets.set(block, (p = forgetOnFailure(this.facets, block, this.file<string>(`f${block}`).then(decodeRuns))));
    return p;
  }

  private dictionary(stem: string): Promise<string[]> {
    const letter = String.fromCodePoint(stem.codePointAt(0)!);
    return this.meta.dictLetters.includes(letter) ? this.file<string[]>(dictFile(letter)) : Promise.resolve([]);
  }

  /** The stems a query word stands for: its own, else completions of a word being typed, else misspellings. */
  private async candidates(word: QueryWord): Promise<Candidate[]> {
    const own = await this.term(word.stem);
    if (own) return [candidate(word, word.stem, 1, own)];
    const dictionary = await this.dictionary(word.stem);
    const near = [
      ...(word.prefix && word.form.length >= 2 ? completions(dictionary, word.stem, 8).map((s) => [s, COMPLETION_WEIGHT] as const) : []),
      ...(word.form.length >= 4 ? misspellings(dictionary, word.stem, 4).map((s) => [s, MISSPELLING_WEIGHT] as const) : []),
    ];
    const found = await Promise.all(near.map(async ([stem, weight]) => [stem, weight, await this.term(stem)] as const));
    return found.flatMap(([stem, weight, term]) => (term ? [candidate(word, stem, weight, term)] : []));
  }

  async search(query: string, filters: SearchFilters = {}, limit = 20): Promise<SearchResponse> {
    const words = parseQuery(query);
    if (words.length === 0) return { total: 0, partial: false, hits: [], matchedStems: [] };
    const perWord = await Promise.all(words.map((w) => this.candidates(w)));
    const matches = this.scorer.match(perWord.filter((c) => c.length > 0));
    const allowed = await this.allowed(filters, matches.docs);
    const { order, total } = topAllowed(matches, allowed, limit);
    const stems = new Set(perWord.flat().map((c) => c.stem));
    const hits = await this.hits(order.map((i) => matches.docs[i]!), stems);
    return { total, partial: !matches.complete || perWord.some((c) => c.length === 0), hits, matchedStems: [...stems] };
  }

  private async allowed(filters: SearchFilters, docs: Int32Array): Promise<(doc: number) => boolean> {
    const region = filters.municipality && filters.region ? await this.municipalities(filters.region) : [];
    const ranges = allowedRanges(this.meta, filters, region.find((m) => m.id === filters.municipality)?.range);
    const inTerritory = ranges === null ? () => true : (doc: number) => inRanges(ranges, doc);
    if (!needsFacets(filters)) return inTerritory;
    const block = this.meta.facetBlock;
    // Only the blocks of records the territory filters let through are downloaded.
    const needed = new Set<number>();
    for (const d of docs) if (inTerritory(d)) needed.add(Math.floor(d / block));
    const codes = new Map(await Promise.all([...needed].map(async (b) => [b, await this.facetBlock(b)] as const)));
    const test = facetTest(this.meta, filters);
    return (doc) => inTerritory(doc) && test(codes.get(Math.floor(doc / block))![doc % block]!);
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
          details: r.details.map((d) => ({ label: d.label, value: snippet(d.value, isMatch, 200) })),
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

function decodeTerm(entry: TermShard[string] | undefined): DecodedTerm | null {
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
  return { forms: entry[0].split(' '), docs, packed };
}

function candidate(word: QueryWord, stem: string, weight: number, term: DecodedTerm): Candidate {
  const formIndex = term.forms.indexOf(word.form);
  return { stem, weight, formBit: formIndex < 0 ? 0 : 1 << formIndex, docs: term.docs, packed: term.packed };
}
