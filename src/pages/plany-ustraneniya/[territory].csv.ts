// Every improvement-plan measure of a territory (with the territories within it) and its status
// as of the build date: the same rows and statuses its pages show.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../lib/site.ts';
import { rowsWithin, territoriesWithPlans } from '../../components/improvement/data.ts';
import { improvementRecord, improvementRowSchema } from '../../domain/progress/index.ts';
import { rowsToCsvChunks } from '../../domain/opendata/csv.ts';
import { csvHeaders, streamedResponse } from '../../lib/openData.ts';
import { hasOwnFullDownloads } from '../../lib/downloads.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return [...territoriesWithPlans(site)].filter((id) => hasOwnFullDownloads(id, site)).map((territory) => ({ params: { territory } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  return streamedResponse(rowsToCsvChunks(improvementRowSchema, rowsWithin(String(params.territory), site).map(improvementRecord)), csvHeaders);
};
