// What the survey pages and the organization finder look organizations up in, built once per
// build as fields of the content index: the finder's region and municipality files, and the
// directory shards the questionnaire checks an organization's code against.
import type { ContentLookups } from '../content/lookups.ts';
import { sphereSlug } from '../questionnaire/sphereSlugs.ts';
import {
  buildDirectoryShards,
  shardCountFor,
  type DirectoryShard,
} from '../survey-client/organizationDirectory.ts';
import { ancestorsOf } from '../territories.ts';
import { buildFinderFiles, type FinderFiles, type FinderOrganization } from './finderShards.ts';

export interface SurveyDirectory {
  shardCount: number;
  shards: DirectoryShard[];
}

/** Each organization placed in its region and municipality by walking up the territory tree. */
function placed(index: ContentLookups): FinderOrganization[] {
  return index.graph.organizations.flatMap(({ id, data }) => {
    const own = index.territoryById.get(data.territory);
    if (!own) return [];
    const chain = [...ancestorsOf(own.id, index), own];
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

/** The index's `finder`. */
export const finderFilesOf = (index: ContentLookups): FinderFiles =>
  buildFinderFiles(placed(index), (sphere) => sphereSlug[sphere]);

/** The index's `surveyDirectory`. */
export function surveyDirectoryOf(index: ContentLookups): SurveyDirectory {
  const organizations = index.graph.organizations.map((o) => ({
    id: o.id,
    name: o.data.name,
    sphere: o.data.sphere,
    // Integrity checks guarantee the territory exists; the id is a fallback that never shows.
    territory: index.territoryById.get(o.data.territory)?.data.name ?? o.data.territory,
  }));
  const shardCount = shardCountFor(organizations.length);
  return { shardCount, shards: buildDirectoryShards(organizations, shardCount) };
}
