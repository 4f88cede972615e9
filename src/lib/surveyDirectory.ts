// The organization directory the survey pages look organizations up in, built once per build
// from the site index. Pages take the shard count and base URL from here as build-time
// constants (the same for every organization); the JSON endpoint writes the shards.
import {
  buildDirectoryShards,
  shardCountFor,
  type DirectoryShard,
} from '../domain/survey-client/organizationDirectory.ts';
import { loadSite } from './site.ts';
import { url } from './url.ts';

export interface SurveyDirectory {
  shardCount: number;
  shards: DirectoryShard[];
}

let built: Promise<SurveyDirectory> | undefined;

export function surveyDirectory(): Promise<SurveyDirectory> {
  built ??= loadSite().then((site) => {
    const organizations = site.graph.organizations.map((o) => ({
      id: o.id,
      name: o.data.name,
      sphere: o.data.sphere,
      // Integrity checks guarantee the territory exists; the id is a fallback that never shows.
      territory: site.territoryById.get(o.data.territory)?.data.name ?? o.data.territory,
    }));
    const shardCount = shardCountFor(organizations.length);
    return { shardCount, shards: buildDirectoryShards(organizations, shardCount) };
  });
  return built;
}

/** Where the shards live; `${directoryBaseUrl()}${n}.json` is shard n (see shardUrl). */
export const directoryBaseUrl = (): string => url('/anketa/organizatsii/');
