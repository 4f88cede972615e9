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

interface Seen {
  result: PublishedResult;
  row: number;
}

const sameResult = (a: PublishedResult, b: PublishedResult): boolean =>
  a.organization_id === b.organization_id &&
  a.year === b.year &&
  a.method === b.method &&
  // With a portal id the id says it all; without, namesakes of other districts differ.
  (a.organization_id !== undefined || (a.region === b.region && a.municipality === b.municipality));

/**
 * Remembers rows by result; returns the earlier row a result repeats, if any. Rows are filed
 * under the id or the name string they already hold and compared field by field: building a
 * key string per row cost twice as much (about 50 ms per 100,000 rows against 20 ms).
 */
export function createDuplicateCheck(): (
  result: PublishedResult,
  row: number,
) => FirstSeen | undefined {
  const seen = new Map<string, Seen | Seen[]>();
  return (result, row) => {
    const key = result.organization_id ?? result.organization;
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, { result, row });
      return undefined;
    }
    const list = Array.isArray(earlier) ? earlier : [earlier];
    const first = list.find((s) => sameResult(s.result, result));
    if (first !== undefined) return { row: first.row };
    list.push({ result, row });
    if (!Array.isArray(earlier)) seen.set(key, list);
    return undefined;
  };
}

export function duplicateReason(result: PublishedResult, first: FirstSeen): string {
  const year = result.year === undefined ? 'год не указан' : `${result.year} год`;
  const who =
    result.organization_id === undefined
      ? `«${result.organization}»`
      : `«${result.organization}» (${result.organization_id})`;
  return `повторяет строку ${first.row}: тот же результат организации ${who}, ${year}, методика ${result.method} — оставьте одну из строк`;
}
