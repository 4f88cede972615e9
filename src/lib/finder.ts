// The organization finder's files, built once per build from the site index: each organization
// placed in its region and municipality by walking up the territory tree.
import type { ContentIndex } from '../domain/contentIndex.ts';
import {
  buildFinderFiles,
  type FinderFiles,
  type FinderOrganization,
} from '../domain/organizations/finderShards.ts';
import { sphereSlug } from '../domain/questionnaire/sphereSlugs.ts';
import { ancestorsOf } from '../domain/territories.ts';
import { loadSite } from './site.ts';
import { url } from './url.ts';

function placed(site: ContentIndex): FinderOrganization[] {
  return site.graph.organizations.flatMap(({ id, data }) => {
    const own = site.territoryById.get(data.territory);
    if (!own) return [];
    const chain = [...ancestorsOf(own.id, site), own];
    // The subject of the Federation; a federal organization is listed under the country.
    const regionAt = Math.max(
      0,
      chain.findIndex((t) => t.data.level === 'regional'),
    );
    const region = chain[regionAt]!;
    const municipality = chain.slice(regionAt + 1).find((t) => t.data.level === 'municipal');
    return [
      {
        id,
        name: data.name,
        sphere: data.sphere,
        region: { id: region.id, name: region.data.name },
        municipality: municipality ? { id: municipality.id, name: municipality.data.name } : null,
      },
    ];
  });
}

let built: Promise<FinderFiles> | undefined;

export function finderFiles(): Promise<FinderFiles> {
  built ??= loadSite().then((site) =>
    buildFinderFiles(placed(site), (sphere) => sphereSlug[sphere]),
  );
  return built;
}

/** Where the finder's files live: `${finderBaseUrl()}${finderShardPath(…)}.json`. */
export const finderBaseUrl = (): string => url('/anketa/spisok/');
