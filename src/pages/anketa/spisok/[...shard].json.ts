// The organization finder's files: /anketa/spisok/<region>/<sphere>.json, or
// /anketa/spisok/<region>/<sphere>/<municipality>.json where a region's list is split.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const { shards } = (await loadSite()).finder;
  return [...shards.keys()].map((shard) => ({ params: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { shards } = (await loadSite()).finder;
  return new Response(JSON.stringify(shards.get(String(params.shard))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
