// Territories that get a results page: any whose own or descendants' organizations have results.
import type { ContentIndex } from '../contentIndex.ts';
import type { Entry } from '../integrity.ts';
import type { Territory } from '../schemas/index.ts';
import { resultsByOrganization } from './collect.ts';
import { organizationsWithin } from './scope.ts';
import type { ResultView } from './view.ts';

/** All results of the organizations of a territory and of the territories within it. */
export function resultsWithin(territoryId: string, index: ContentIndex): ResultView[] {
  const all = resultsByOrganization(index);
  return organizationsWithin(territoryId, index).flatMap((o) => all.get(o.id) ?? []);
}

const cache = new WeakMap<ContentIndex, Entry<Territory>[]>();

/**
 * Walks up from every assessed organization's territory, so parents aggregate their municipalities.
 * Memoized per content index: every organization page asks, and the walk is over all organizations.
 */
export function territoriesWithResults(index: ContentIndex): Entry<Territory>[] {
  let found = cache.get(index);
  if (!found) {
    found = findTerritoriesWithResults(index);
    cache.set(index, found);
  }
  return found;
}

const idCache = new WeakMap<ContentIndex, Set<string>>();

/** Whether a territory has results in or below it; a set lookup, since every organization page asks. */
export function hasResultsWithin(index: ContentIndex, territoryId: string): boolean {
  let ids = idCache.get(index);
  if (!ids) idCache.set(index, (ids = new Set(territoriesWithResults(index).map((t) => t.id))));
  return ids.has(territoryId);
}

function findTerritoriesWithResults(index: ContentIndex): Entry<Territory>[] {
  const ids = new Set<string>();
  for (const [orgId, results] of resultsByOrganization(index)) {
    if (results.length === 0) continue;
    let id = index.organizationById.get(orgId)?.data.territory;
    while (id !== undefined && !ids.has(id)) {
      ids.add(id);
      id = index.territoryById.get(id)?.data.parent;
    }
  }
  const list = index.graph.territories.filter((t) => ids.has(t.id));
  cache.set(index, list);
  return list;
}
