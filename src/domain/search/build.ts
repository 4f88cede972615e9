// Builds the search index as a set of small JSON files, so a browser downloads only what one query
// needs: the meta file, the term files of the query's stems, and the records it shows.
import { sphereOrder as allSpheres } from './vocabulary.ts';
import {
  dictFile,
  facetCode,
  MAX_YEARS,
  STORED_TEXT_LIMIT,
  type IndexMeta,
  type IndexMunicipality,
  type StoredRecord,
  type TermShard,
} from './format.ts';
import { encodePosting, invertRecords } from './invert.ts';
import { encodeRuns } from './varint.ts';
import {
  mergeRanges,
  orderTerritories,
  ownRanges,
  subtreeRange,
  type TerritoryOrder,
} from './order.ts';
import { recordKinds, type IndexTerritory, type SearchRecord } from './record.ts';

export interface IndexOptions {
  /** Target size of a term file before gzip; a single larger term gets a file of its own. */
  termShardBytes: number;
  recordBlock: number;
  facetBlock: number;
}

export const defaultIndexOptions: IndexOptions = {
  termShardBytes: 24_000,
  recordBlock: 16,
  facetBlock: 8192,
};

export interface BuiltIndex {
  meta: IndexMeta;
  /** File name (without .json) → content. */
  files: Map<string, unknown>;
}

function orderRecords(records: SearchRecord[], order: TerritoryOrder): SearchRecord[] {
  const rank = (r: SearchRecord) => order.position.get(r.territory) ?? order.sequence.length;
  return records
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        rank(a.r) - rank(b.r) ||
        recordKinds.indexOf(a.r.kind) - recordKinds.indexOf(b.r.kind) ||
        a.i - b.i,
    )
    .map(({ r }) => r);
}

function termShards(
  records: SearchRecord[],
  maxBytes: number,
): { bounds: string[]; shards: TermShard[] } {
  const postings = invertRecords(records);
  const bounds: string[] = [];
  const shards: TermShard[] = [];
  let size = Infinity;
  for (const stem of [...postings.keys()].sort()) {
    const entry = encodePosting(postings.get(stem)!);
    const bytes = stem.length * 2 + entry[0].length * 2 + entry[1].length + 8;
    if (size + bytes > maxBytes) {
      bounds.push(stem);
      shards.push({});
      size = 0;
    }
    shards.at(-1)![stem] = entry;
    size += bytes;
  }
  return { bounds, shards };
}

/**
 * Sorted stems by the letter at `position`: what fuzzy matching and completion search, without
 * postings. By first letter for completions and most typos; by second letter for a typo in the first.
 */
function dictionaries(shards: TermShard[], position: 0 | 1): Map<string, string[]> {
  const byLetter = new Map<string, string[]>();
  for (const shard of shards) {
    for (const stem of Object.keys(shard)) {
      const letter = [...stem][position];
      if (letter === undefined) continue;
      const list = byLetter.get(letter);
      if (list) list.push(stem);
      else byLetter.set(letter, [stem]);
    }
  }
  return byLetter;
}

function yearSpan(records: SearchRecord[]): IndexMeta['years'] {
  const spans = records.flatMap((r) => (r.years ? [r.years] : []));
  if (spans.length === 0) return null;
  const from = spans.reduce((m, y) => Math.min(m, y.from), Infinity);
  const to = Math.min(
    from + MAX_YEARS - 1,
    spans.reduce((m, y) => Math.max(m, y.to), -Infinity),
  );
  return { from, to };
}

function facetCodes(records: SearchRecord[], years: NonNullable<IndexMeta['years']>): number[] {
  return records.map((r) => {
    let yearMask = 0;
    // A record not bound to years has none set: the year filter leaves it out.
    for (
      let y = Math.max(r.years?.from ?? Infinity, years.from);
      y <= Math.min(r.years?.to ?? -Infinity, years.to);
      y += 1
    )
      yearMask |= 1 << (y - years.from);
    const sphereMask = r.spheres.reduce((m, s) => m | (1 << allSpheres.indexOf(s)), 0);
    return facetCode(recordKinds.indexOf(r.kind), sphereMask, yearMask);
  });
}

function stored(r: SearchRecord): StoredRecord {
  const text =
    r.text.length > STORED_TEXT_LIMIT
      ? `${r.text.slice(0, STORED_TEXT_LIMIT).replace(/\s+\S*$/, '')}…`
      : r.text;
  return {
    kind: r.kind,
    href: r.href,
    title: r.title,
    text,
    details: r.details,
    context: r.context,
  };
}

function territoryFiles(order: TerritoryOrder, records: SearchRecord[]) {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.territory, (counts.get(r.territory) ?? 0) + 1);
  const own = ownRanges(order, (id) => counts.get(id) ?? 0);
  const sub = (id: string) => subtreeRange(order, own, id);
  const hasRecords = (id: string) => sub(id)[1] > sub(id)[0];
  const regions = order.sequence.filter((t) => t.level === 'regional' && hasRecords(t.id));
  const municipalities = new Map<string, IndexMunicipality[]>();
  for (const region of regions) {
    const list = descendants(order, region.id)
      .filter((t) => hasRecords(t.id))
      .map((t) => ({ id: t.id, name: t.name, range: sub(t.id) }));
    if (list.length > 0) municipalities.set(region.id, list);
  }
  const levels: IndexMeta['levels'] = {};
  for (const t of order.sequence) (levels[t.level] ??= []).push(own.get(t.id)!);
  for (const level of Object.keys(levels) as (keyof typeof levels)[])
    levels[level] = mergeRanges(levels[level]!);
  return {
    levels,
    regions: regions.map((t) => ({
      id: t.id,
      name: t.name,
      range: sub(t.id),
      hasMunicipalities: municipalities.has(t.id),
    })),
    municipalities,
  };
}

function descendants(order: TerritoryOrder, id: string): IndexTerritory[] {
  return (order.children.get(id) ?? []).flatMap((c) => [c, ...descendants(order, c.id)]);
}

function blocks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );
}

export function buildSearchIndex(
  input: SearchRecord[],
  territories: IndexTerritory[],
  options = defaultIndexOptions,
): BuiltIndex {
  const order = orderTerritories(territories);
  const records = orderRecords(input, order);
  const { bounds, shards } = termShards(records, options.termShardBytes);
  const dicts = dictionaries(shards, 0);
  const secondDicts = dictionaries(shards, 1);
  const years = yearSpan(records);
  const { levels, regions, municipalities } = territoryFiles(order, records);
  const meta: IndexMeta = {
    version: 1,
    records: records.length,
    recordBlock: options.recordBlock,
    facetBlock: options.facetBlock,
    termShards: bounds,
    dictLetters: [...dicts.keys()].join(''),
    dictSecondLetters: [...secondDicts.keys()].join(''),
    kinds: recordKinds.filter((k) => records.some((r) => r.kind === k)),
    spheres: allSpheres.filter((s) => records.some((r) => r.spheres.includes(s))),
    years,
    levels,
    regions,
  };
  const files = new Map<string, unknown>([['meta', meta]]);
  shards.forEach((shard, i) => files.set(`t${i}`, shard));
  for (const [letter, stems] of dicts) files.set(dictFile(letter), stems);
  for (const [letter, stems] of secondDicts) files.set(dictFile(letter, 1), stems);
  blocks(records.map(stored), options.recordBlock).forEach((block, i) => files.set(`r${i}`, block));
  const facetYears = years ?? { from: 0, to: -1 };
  blocks(facetCodes(records, facetYears), options.facetBlock).forEach((block, i) =>
    files.set(`f${i}`, encodeRuns(block)),
  );
  for (const [id, list] of municipalities) files.set(`m-${id}`, list);
  return { meta, files };
}
