import type { APIRoute } from 'astro';
import { atomFeed } from '../domain/opendata/feed.ts';
import { loadHistory } from '../lib/history.ts';
import { url } from '../lib/url.ts';

export const GET: APIRoute = ({ site }) => {
  const history = loadHistory();
  const xml = atomFeed({
    commits: history.commits,
    siteUrl: (path) => new URL(url(path), site).href,
    updated: history.commits[0]?.date ?? `${history.updated}T00:00:00Z`,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
