// The tables and charts of a territory's results page as CSV: every result, the distribution of
// totals, and the means by sphere — the same rows the page shows.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../../lib/site.ts';
import { rowsToCsvChunks } from '../../../../domain/opendata/csv.ts';
import { csvHeaders, streamedResponse } from '../../../../lib/openData.ts';
import { hasOwnFullDownloads, type ResultsCsv } from '../../../../lib/downloads.ts';
import type { ContentIndex } from '../../../../domain/contentIndex.ts';
import {
  distributionRowSchema, distributionRows, groupResults, resultRow, resultRowSchema, resultsWithin,
  sphereMeanRowSchema, sphereMeanRows, territoriesWithResults,
} from '../../../../domain/results/index.ts';

const tables: Record<ResultsCsv, (id: string, site: ContentIndex) => Iterable<string>> = {
  rezultaty: (id: string, site: ContentIndex) => rowsToCsvChunks(resultRowSchema, resultsWithin(id, site).map((r) => resultRow(r, site))),
  raspredelenie: (id: string, site: ContentIndex) => rowsToCsvChunks(distributionRowSchema, distributionRows(groupResults(resultsWithin(id, site)))),
  srednie: (id: string, site: ContentIndex) => rowsToCsvChunks(sphereMeanRowSchema, sphereMeanRows(groupResults(resultsWithin(id, site)))),
};

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return territoriesWithResults(site).flatMap((t) =>
    Object.keys(tables).filter((table) => table !== 'rezultaty' || hasOwnFullDownloads(t.id, site)).map((table) => ({ params: { territory: t.id, table } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  return streamedResponse(tables[params.table as keyof typeof tables](String(params.territory), site), csvHeaders);
};
