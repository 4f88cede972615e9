// Coverage targets of one territory as CSV: the same rows its table and chart show.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../lib/site.ts';
import { coverageColumns, coverageRows } from '../../../domain/coverage/rows.ts';
import { toCsv } from '../../../domain/opendata/csv.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return [...site.targetsByTerritory.keys()].map((territory) => ({ params: { territory } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  const targets = site.targetsByTerritory.get(String(params.territory)) ?? [];
  const csv = toCsv(targets.flatMap((t) => coverageRows(t.data)), coverageColumns);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
