// Where a citizen finds an organization without the search: one table while the list is short,
// the territories within (with their counts) when it is not. A national list of 130,000
// organizations in one table is ~40 MB of HTML: unusable on a phone, and a minute of the build.
import type { ContentIndex } from '../contentIndex.ts';
import type { Entry } from '../content/graph.ts';
import type { Organization, Territory } from '../schemas/index.ts';
import { organizationsWithin } from '../results/scope.ts';

/** Longest list shown as one table; the same bound as the results tables. */
export const DIRECTORY_ROWS = 1000;

export interface TerritoryCount {
  territory: Entry<Territory>;
  /** Organizations in the territory and every territory within it. */
  organizations: number;
}

export type OrganizationDirectory =
  | { kind: 'organizations'; organizations: Entry<Organization>[] }
  | { kind: 'territories'; territories: TerritoryCount[]; own: Entry<Organization>[] };

const collator = new Intl.Collator('ru');

/** By territory name, then organization name, as a reader scans a printed register. */
export function sortOrganizations(
  organizations: Entry<Organization>[],
  index: ContentIndex,
): Entry<Organization>[] {
  const territoryName = (o: Entry<Organization>) =>
    index.territoryById.get(o.data.territory)?.data.name ?? o.data.territory;
  return [...organizations].sort(
    (a, b) =>
      collator.compare(territoryName(a), territoryName(b)) ||
      collator.compare(a.data.name, b.data.name),
  );
}

/**
 * The list for one territory, or for the whole portal (`territoryId` null: the territories
 * without a parent are its scope). Over `maxRows` organizations it lists the territories directly
 * within, and the organizations of the territory itself.
 */
export function organizationDirectory(
  index: ContentIndex,
  territoryId: string | null,
  maxRows = DIRECTORY_ROWS,
): OrganizationDirectory {
  const counts = index.organizationCounts;
  const scope = territoryId === null ? index.rootTerritories.map((t) => t.id) : [territoryId];
  const total = scope.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0);
  if (total <= maxRows) {
    return {
      kind: 'organizations',
      organizations: sortOrganizations(
        scope.flatMap((id) => organizationsWithin(id, index)),
        index,
      ),
    };
  }
  const territories = scope
    .flatMap((id) => index.childrenByTerritory.get(id) ?? [])
    .map((territory) => ({ territory, organizations: counts.get(territory.id) ?? 0 }))
    .filter((line) => line.organizations > 0)
    .sort((a, b) => collator.compare(a.territory.data.name, b.territory.data.name));
  const own = sortOrganizations(
    scope.flatMap((id) => index.organizationsByTerritory.get(id) ?? []),
    index,
  );
  return { kind: 'territories', territories, own };
}

/** Territories with a list of their own: those with at least one organization in or below them. */
export const territoriesWithOrganizations = (index: ContentIndex): Entry<Territory>[] =>
  index.graph.territories.filter((t) => (index.organizationCounts.get(t.id) ?? 0) > 0);
