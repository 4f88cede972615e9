// Territories that get a results page: any whose own or descendants' organizations have results.
import type { ContentLookups } from '../content/lookups.ts';
import type { Entry } from '../content/graph.ts';
import type { Territory } from '../schemas/index.ts';
import type { ResultView } from './view.ts';

/**
 * Walks up from every assessed organization's territory, so parents aggregate their
 * municipalities; in content order. The index's `resultTerritories`.
 */
export function resultTerritoriesOf(
  index: ContentLookups,
  resultViews: ReadonlyMap<string, readonly ResultView[]>,
): Entry<Territory>[] {
  const ids = new Set<string>();
  for (const [orgId, results] of resultViews) {
    if (results.length === 0) continue;
    let id = index.organizationById.get(orgId)?.data.territory;
    while (id !== undefined && !ids.has(id)) {
      ids.add(id);
      id = index.territoryById.get(id)?.data.parent;
    }
  }
  return index.graph.territories.filter((t) => ids.has(t.id));
}
