import type { ContentLookups } from './content/lookups.ts';
import type { Entry } from './content/graph.ts';
import type { Territory } from './schemas/index.ts';

/** From the federal level down to the territory's parent. */
export function ancestorsOf(territoryId: string, index: ContentLookups): Entry<Territory>[] {
  const chain: Entry<Territory>[] = [];
  let parent = index.territoryById.get(territoryId)?.data.parent;
  while (parent !== undefined && !chain.some((t) => t.id === parent)) {
    const entry = index.territoryById.get(parent);
    if (!entry) break;
    chain.unshift(entry);
    parent = entry.data.parent;
  }
  return chain;
}

/**
 * Whether the territory holds every other — the only one without a parent. Its per-territory
 * downloads would repeat the national open-data files row for row.
 */
export function isWholeCountry(territoryId: string, index: ContentLookups): boolean {
  const roots = index.rootTerritories;
  return roots.length === 1 && roots[0]!.id === territoryId;
}
