import type { ContentIndex } from '../../contentIndex.ts';
import type { SearchRecord } from '../record.ts';

/**
 * Turns the site's content into the records of one kind. Adding a kind of record to the search
 * (organizations, results, improvement plans) is one such function, listed in ./index.ts.
 */
export type RecordBuilder = (site: ContentIndex) => SearchRecord[];

/** Drops empty values so a record never shows a label with nothing after it. */
export function details(
  pairs: [label: string, value: string | null | undefined][],
): SearchRecord['details'] {
  return pairs.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}

/** «Республика Татарстан» or «Минтруд России (Российская Федерация)». */
export function territoryContext(site: ContentIndex, territoryId: string): string {
  return site.territoryById.get(territoryId)?.data.name ?? territoryId;
}
