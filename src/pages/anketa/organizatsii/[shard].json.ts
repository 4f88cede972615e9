// The survey's organization directory: /anketa/organizatsii/<n>.json, one shard each, so a
// sphere's survey page can show and check the organization named in its query string.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const { shards } = (await loadSite()).surveyDirectory;
  return shards.map((_, index) => ({ params: { shard: String(index) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { shards } = (await loadSite()).surveyDirectory;
  return new Response(JSON.stringify(shards[Number(params.shard)]), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
