// The search index, built once per build from every collection and emitted as small JSON files
// (/search-index/meta.json, t0.json, r0.json…) that the search page loads on demand.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../lib/site.ts';
import { buildSearchIndex, type BuiltIndex } from '../../domain/search/build.ts';
import { buildRecords, indexTerritories } from '../../domain/search/records/index.ts';

let built: Promise<BuiltIndex> | undefined;

function searchIndex(): Promise<BuiltIndex> {
  built ??= loadSite().then((site) => buildSearchIndex(buildRecords(site), indexTerritories(site)));
  return built;
}

export const getStaticPaths = (async () => {
  const index = await searchIndex();
  return [...index.files.keys()].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const index = await searchIndex();
  return new Response(JSON.stringify(index.files.get(String(params.file))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
