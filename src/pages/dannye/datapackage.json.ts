import type { APIRoute } from 'astro';
import { dataPackage } from '../../domain/opendata/datapackage.ts';
import { loadHistory } from '../../lib/history.ts';
import { jsonHeaders } from '../../lib/openData.ts';
import { url } from '../../lib/url.ts';

export const GET: APIRoute = ({ site }) => {
  const history = loadHistory();
  const descriptor = dataPackage({
    version: history.commit ?? history.updated,
    updated: history.updated,
    homepage: new URL(url('/otkrytye-dannye/'), site).href,
    csvPath: (id) => `${id}.csv`,
  });
  return new Response(JSON.stringify(descriptor, null, 1), { headers: jsonHeaders });
};
