// Where a territory's CSV downloads live. The whole country's would be the national open-data
// files again in another row order (~300 MB and ~70 MB at national scale, written twice per
// build), so its pages link to those files and the per-territory routes skip it.
import type { ContentIndex } from '../domain/contentIndex.ts';
import { isWholeCountry } from '../domain/territories.ts';
import { url } from './url.ts';

export type ResultsCsv = 'rezultaty' | 'raspredelenie' | 'srednie';

/** Whether the territory gets its own improvement-measures file and its own `rezultaty` table. */
export const hasOwnFullDownloads = (territoryId: string, site: ContentIndex): boolean =>
  !isWholeCountry(territoryId, site);

export const improvementCsvHref = (territoryId: string, site: ContentIndex): string =>
  url(
    hasOwnFullDownloads(territoryId, site)
      ? `/plany-ustraneniya/${territoryId}.csv`
      : '/dannye/improvement-plans.csv',
  );

export const resultsCsvHref = (
  territoryId: string,
  table: ResultsCsv,
  site: ContentIndex,
): string =>
  url(
    table === 'rezultaty' && !hasOwnFullDownloads(territoryId, site)
      ? '/dannye/scores.csv'
      : `/dannye/rezultaty/${territoryId}/${table}.csv`,
  );

/** Every table CSV has its citizen's .xlsx beside it (src/lib/tables.ts). */
export const xlsxHref = (csvHref: string): string => csvHref.replace(/\.csv$/, '.xlsx');
