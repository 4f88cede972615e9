// The same result twice in one file would be counted twice in every mean and ranking. A result
// is the same when it is of the same organization, year and method: the organization is its
// portal id when the row has one, else its name within its region and municipality (two
// «МБУК ЦКС» of different districts are different organizations). A row without a year is
// compared as «year not stated»: in one published table that is the same round.
import type { PublishedResult, ResultColumn } from './row.ts';

/** Without one of these in the header, every row would look like every other: no check then. */
export const identityColumns: readonly ResultColumn[] = ['organization', 'region', 'method'];

export interface FirstSeen {
  row: number;
}

// NUL and SOH do not occur in names a spreadsheet writes, so they separate the parts of the key.
const keyOf = (r: PublishedResult): string =>
  `${r.organization_id ?? `${r.organization}\u0000${r.region}\u0000${r.municipality ?? ''}`}\u0001${r.year ?? ''}\u0001${r.method}`;

/** Remembers rows by result; returns the earlier row a result repeats, if any. */
export function createDuplicateCheck(): (result: PublishedResult, row: number) => FirstSeen | undefined {
  const seen = new Map<string, number>();
  return (result, row) => {
    const key = keyOf(result);
    const first = seen.get(key);
    if (first !== undefined) return { row: first };
    seen.set(key, row);
    return undefined;
  };
}

export function duplicateReason(result: PublishedResult, first: FirstSeen): string {
  const year = result.year === undefined ? 'год не указан' : `${result.year} год`;
  const who = result.organization_id === undefined ? `«${result.organization}»` : `«${result.organization}» (${result.organization_id})`;
  return `повторяет строку ${first.row}: тот же результат организации ${who}, ${year}, методика ${result.method} — оставьте одну из строк`;
}
