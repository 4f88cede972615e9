// A group's results table in static pages. A region's group of a thousand organizations was 2 MB
// of HTML on one page; pages of RESULTS_PAGE_ROWS keep every page a phone can load, while the
// order stays what a reader looks for first (the highest total first) and the CSV holds them all.
import { hasValue } from '../scoring/index.ts';
import type { ResultGroup } from './groups.ts';
import type { ResultView } from './view.ts';

export const RESULTS_PAGE_ROWS = 200;

/**
 * A region's or the country's group holds thousands of organizations: tens of pages of them help
 * nobody and cost minutes of a national build; their rows are on the pages of the territories
 * within, and in the CSV.
 */
export const MAX_TABLED_RESULTS = 1000;
export const tabled = (group: ResultGroup): boolean => group.results.length <= MAX_TABLED_RESULTS;

/** Highest total first; a result without a total goes last, in the order it came. */
export const byTotalDesc = (results: readonly ResultView[]): ResultView[] =>
  [...results].sort(
    (a, b) => (hasValue(b.total) ? b.total.value : -1) - (hasValue(a.total) ? a.total.value : -1),
  );

export interface ResultsPage {
  group: ResultGroup;
  /** 1-based; page 1 is on the territory's results page itself. */
  page: number;
  pages: number;
  /** Place of the page's first row in the whole group, 0-based. */
  first: number;
  rows: ResultView[];
}

export function resultsPages(group: ResultGroup, size = RESULTS_PAGE_ROWS): ResultsPage[] {
  const sorted = byTotalDesc(group.results);
  const pages = Math.max(1, Math.ceil(sorted.length / size));
  return Array.from({ length: pages }, (_, i) => ({
    group,
    page: i + 1,
    pages,
    first: i * size,
    rows: sorted.slice(i * size, (i + 1) * size),
  }));
}

/** Page 1 is the territory's page (at the group's anchor); the others have their own address. */
export const resultsPagePath = (territoryId: string, groupId: string, page: number): string =>
  page === 1
    ? `/rezultaty/${territoryId}/#${groupId}`
    : `/rezultaty/${territoryId}/${groupId}/${page}/`;
