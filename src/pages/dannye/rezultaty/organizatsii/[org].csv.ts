// Every result of one organization as CSV: the rows behind its criteria chart and history table.
import type { APIRoute } from 'astro';
import { loadSite, organizationPaths } from '../../../../lib/site.ts';
import { rowsToCsv } from '../../../../domain/opendata/csv.ts';
import { resultRow, resultRowSchema, resultsByOrganization } from '../../../../domain/results/index.ts';

export const getStaticPaths = organizationPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  const results = resultsByOrganization(site).get(String(params.org)) ?? [];
  return new Response(rowsToCsv(resultRowSchema, results.map((r) => resultRow(r, site))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
