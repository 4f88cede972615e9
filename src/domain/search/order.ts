// Records are numbered territory by territory, depth first (the federal level, then each region
// followed by its municipalities), so "this territory and everything within it" and "this
// level" are a few ranges of record ids, with nothing per record to download.
import type { IdRange } from './format.ts';
import type { IndexTerritory } from './record.ts';

export interface TerritoryOrder {
  /** Territory ids, depth first; unknown parents make a territory a root. */
  sequence: IndexTerritory[];
  position: Map<string, number>;
  children: Map<string, IndexTerritory[]>;
}

export function orderTerritories(territories: IndexTerritory[]): TerritoryOrder {
  const ids = new Set(territories.map((t) => t.id));
  const children = new Map<string, IndexTerritory[]>();
  const roots: IndexTerritory[] = [];
  const sorted = [...territories].sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  for (const t of sorted) {
    if (t.parent === undefined || !ids.has(t.parent)) roots.push(t);
    else children.set(t.parent, [...(children.get(t.parent) ?? []), t]);
  }
  const sequence: IndexTerritory[] = [];
  const visit = (t: IndexTerritory) => {
    sequence.push(t);
    for (const c of children.get(t.id) ?? []) visit(c);
  };
  roots.forEach(visit);
  return { sequence, position: new Map(sequence.map((t, i) => [t.id, i])), children };
}

/** Own record range of each territory, given record counts per territory in sequence order. */
export function ownRanges(
  order: TerritoryOrder,
  countOf: (id: string) => number,
): Map<string, IdRange> {
  const ranges = new Map<string, IdRange>();
  let next = 0;
  for (const t of order.sequence) {
    const n = countOf(t.id);
    ranges.set(t.id, [next, next + n]);
    next += n;
  }
  return ranges;
}

/** Range of a territory with everything within it: contiguous because the order is depth first. */
export function subtreeRange(
  order: TerritoryOrder,
  own: Map<string, IdRange>,
  id: string,
): IdRange {
  const [start] = own.get(id)!;
  let end = own.get(id)![1];
  const stack = [...(order.children.get(id) ?? [])];
  while (stack.length > 0) {
    const t = stack.pop()!;
    end = Math.max(end, own.get(t.id)![1]);
    stack.push(...(order.children.get(t.id) ?? []));
  }
  return [start, end];
}

/** Joins touching ranges so a filter checks as few as possible. */
export function mergeRanges(ranges: IdRange[]): IdRange[] {
  const out: IdRange[] = [];
  for (const [s, e] of [...ranges].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
