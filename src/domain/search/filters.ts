// What the reader narrows a search to, and the test each filter puts to a record id.
import type { Sphere, Territory } from '../schemas/index.ts';
import { sphereOrder } from './vocabulary.ts';
import { facetKind, facetSpheres, facetYears, type IdRange, type IndexMeta } from './format.ts';
import { mergeRanges } from './order.ts';
import { recordKinds, type RecordKind } from './record.ts';

export interface SearchFilters {
  level?: Territory['level'] | undefined;
  region?: string | undefined;
  municipality?: string | undefined;
  year?: number | undefined;
  sphere?: Sphere | undefined;
  kind?: RecordKind | undefined;
}

export const needsFacets = (f: SearchFilters): boolean =>
  f.year !== undefined || f.sphere !== undefined || f.kind !== undefined;

/** Ranges allowed by the territory filters, or null when they allow everything. */
export function allowedRanges(
  meta: IndexMeta,
  f: SearchFilters,
  municipalityRange: IdRange | undefined,
): IdRange[] | null {
  let ranges: IdRange[] | null = null;
  const narrow = (next: IdRange[]) => (ranges = ranges === null ? next : intersect(ranges, next));
  if (f.level !== undefined) narrow(meta.levels[f.level] ?? []);
  if (f.region !== undefined)
    narrow(meta.regions.filter((r) => r.id === f.region).map((r) => r.range));
  if (f.municipality !== undefined) narrow(municipalityRange ? [municipalityRange] : []);
  return ranges;
}

function intersect(a: IdRange[], b: IdRange[]): IdRange[] {
  const out: IdRange[] = [];
  for (const [s1, e1] of a)
    for (const [s2, e2] of b)
      if (Math.max(s1, s2) < Math.min(e1, e2)) out.push([Math.max(s1, s2), Math.min(e1, e2)]);
  return mergeRanges(out);
}

export function inRanges(ranges: IdRange[], doc: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const [s, e] = ranges[mid]!;
    if (doc < s) hi = mid - 1;
    else if (doc >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The test a record's facet code must pass for the kind, year and sphere filters. */
export function facetTest(meta: IndexMeta, f: SearchFilters): (code: number) => boolean {
  const kind = f.kind === undefined ? -1 : recordKinds.indexOf(f.kind);
  const sphereBit = f.sphere === undefined ? 0 : 1 << sphereOrder.indexOf(f.sphere);
  const yearBit =
    f.year === undefined || meta.years === null
      ? 0
      : f.year >= meta.years.from && f.year <= meta.years.to
        ? 1 << (f.year - meta.years.from)
        : -1;
  return (code) =>
    (kind < 0 || facetKind(code) === kind) &&
    (sphereBit === 0 || (facetSpheres(code) & sphereBit) !== 0) &&
    yearBit !== -1 &&
    (yearBit === 0 || (facetYears(code) & yearBit) !== 0);
}
