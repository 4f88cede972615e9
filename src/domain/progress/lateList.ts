import type { ContentIndex } from '../contentIndex.ts';
import type { Entry } from '../content/graph.ts';
import { spheres, type Sphere, type Territory } from '../schemas/index.ts';
import { ancestorsOf } from '../territories.ts';
import type { ImprovementRow } from './improvementPlans.ts';

/**
 * The national list of late measures, cut into static pages a plain link can reach: all, by
 * region (subject of the Federation), by sphere, by both — each in pages of LATE_PAGE_SIZE rows,
 * so a national list stays a page a browser can open and no filter needs JavaScript.
 */
export const LATE_PAGE_SIZE = 500;

export interface LateFilter {
  region: Entry<Territory> | null;
  sphere: Sphere | null;
}

export interface LatePage {
  /** The URL path below the list, '' for the whole first page: «tatarstan/culture/2». */
  path: string;
  filter: LateFilter;
  page: number;
  pages: number;
  /** Rows of the filter, all pages together. */
  total: number;
  rows: ImprovementRow[];
}

/** The subject of the Federation a territory is in (itself when it is one); null at the federal level. */
export function regionOf(territoryId: string, index: ContentIndex): Entry<Territory> | null {
  const self = index.territoryById.get(territoryId);
  if (self?.data.level === 'regional') return self;
  return ancestorsOf(territoryId, index).find((t) => t.data.level === 'regional') ?? null;
}

export const filterPath = (filter: LateFilter, page = 1): string =>
  [filter.region?.id, filter.sphere ?? undefined, page > 1 ? String(page) : undefined]
    .filter((s) => s !== undefined)
    .join('/');

function paged(filter: LateFilter, rows: ImprovementRow[]): LatePage[] {
  const pages = Math.max(1, Math.ceil(rows.length / LATE_PAGE_SIZE));
  return Array.from({ length: pages }, (_, i) => ({
    path: filterPath(filter, i + 1),
    filter,
    page: i + 1,
    pages,
    total: rows.length,
    rows: rows.slice(i * LATE_PAGE_SIZE, (i + 1) * LATE_PAGE_SIZE),
  }));
}

/** Every page of the list: one filter per region and sphere that has late rows, and their pairs. */
export function latePages(rows: ImprovementRow[], index: ContentIndex): LatePage[] {
  const byRegion = new Map<string, { region: Entry<Territory>; rows: ImprovementRow[] }>();
  for (const row of rows) {
    const region = regionOf(row.organization.data.territory, index);
    if (!region) continue;
    const group = byRegion.get(region.id) ?? { region, rows: [] };
    group.rows.push(row);
    byRegion.set(region.id, group);
  }
  const bySphere = (list: ImprovementRow[], region: Entry<Territory> | null) =>
    spheres.flatMap((sphere) => {
      const subset = list.filter((r) => r.organization.data.sphere === sphere);
      return subset.length === 0 ? [] : paged({ region, sphere }, subset);
    });
  return [
    ...paged({ region: null, sphere: null }, rows),
    ...bySphere(rows, null),
    ...[...byRegion.values()].flatMap(({ region, rows: list }) => [
      ...paged({ region, sphere: null }, list),
      ...bySphere(list, region),
    ]),
  ];
}
