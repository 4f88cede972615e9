// Which organizations belong to a territory: its own and those of every territory within it.
import type { ContentLookups } from '../content/lookups.ts';
import type { Entry } from '../content/graph.ts';
import type { Organization } from '../schemas/index.ts';

/** The territory and all territories below it, each once (a cycle in bad content cannot loop). */
export function territoryAndDescendants(territoryId: string, index: ContentLookups): string[] {
  const seen = new Set<string>();
  const queue = [territoryId];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(index.childrenByTerritory.get(id) ?? []).map((c) => c.id));
  }
  return [...seen];
}

export function organizationsWithin(
  territoryId: string,
  index: ContentLookups,
): Entry<Organization>[] {
  return territoryAndDescendants(territoryId, index).flatMap(
    (id) => index.organizationsByTerritory.get(id) ?? [],
  );
}
