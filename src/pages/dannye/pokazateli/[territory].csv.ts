// Coverage targets of one territory as CSV: the same rows its table and chart show.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../lib/site.ts';
import { coverageRows, coverageRowSchema } from '../../../domain/coverage/rows.ts';
import { rowsToCsvChunks } from '../../../domain/opendata/csv.ts';
import { csvHeaders, streamedResponse } from '../../../lib/openData.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return [...site.targetsByTerritory.keys()].map((territory) => ({ params: { territory } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  const targets = site.targetsByTerritory.get(String(params.territory)) ?? [];
  return streamedResponse(rowsToCsvChunks(coverageRowSchema, targets.flatMap((t) => coverageRows(t.data))), csvHeaders);
};
