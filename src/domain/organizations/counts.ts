import type { ContentLookups } from '../content/lookups.ts';
import { ancestorsOf } from '../territories.ts';

/** Organizations in or below each territory (the index's `organizationCounts`): one walk up from every organization. */
export function organizationCountsOf(index: ContentLookups): Map<string, number> {
  const counts = new Map<string, number>();
  for (const organization of index.graph.organizations) {
    const territory = organization.data.territory;
    for (const id of [territory, ...ancestorsOf(territory, index).map((t) => t.id)])
      counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
