// The tables and charts of a territory's results page as CSV: every result, the distribution of
// totals, and the means by sphere — the same rows the page shows.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../../lib/site.ts';
import { rowsToCsv } from '../../../../domain/opendata/csv.ts';
import type { ContentIndex } from '../../../../domain/contentIndex.ts';
import {
  distributionRowSchema, distributionRows, groupResults, resultRow, resultRowSchema, resultsWithin,
  sphereMeanRowSchema, sphereMeanRows, territoriesWithResults,
} from '../../../../domain/results/index.ts';

const tables = {
  rezultaty: (id: string, site: ContentIndex) => rowsToCsv(resultRowSchema, resultsWithin(id, site).map((r) => resultRow(r, site))),
  raspredelenie: (id: string, site: ContentIndex) => rowsToCsv(distributionRowSchema, distributionRows(groupResults(resultsWithin(id, site)))),
  srednie: (id: string, site: ContentIndex) => rowsToCsv(sphereMeanRowSchema, sphereMeanRows(groupResults(resultsWithin(id, site)))),
};

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return territoriesWithResults(site).flatMap((t) => Object.keys(tables).map((table) => ({ params: { territory: t.id, table } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  const csv = tables[params.table as keyof typeof tables](String(params.territory), site);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
