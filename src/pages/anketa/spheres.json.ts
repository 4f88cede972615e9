// Every organization answers may be about, with its sphere: the survey receiver loads this file
// and refuses answers about anything else (src/domain/questionnaire/organizationList.ts).
import type { APIRoute } from 'astro';
import { organizationListFile } from '../../domain/questionnaire/organizationList.ts';
import { loadSite } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const list = organizationListFile(
    site.graph.organizations.map((o) => ({ id: o.id, sphere: o.data.sphere })),
  );
  return new Response(JSON.stringify(list), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
