// The finder's static files: the names of one region's organizations of one sphere per file, so
// a citizen's browser downloads one region, never the country. A region whose list of a sphere
// is too long for one file (a phone's download budget) is split into one file per municipality,
// and the finder asks for the municipality first.
import type { Sphere } from '../schemas/common.ts';

/** An organization as the finder files need it, with its place already resolved. */
export interface FinderOrganization {
  id: string;
  name: string;
  sphere: Sphere;
  /** The subject of the Federation (or the country, for a federal organization). */
  region: { id: string; name: string };
  /** The municipality within the region; null for an organization of the region itself. */
  municipality: { id: string; name: string } | null;
}

/** One file: municipalities by index, and organizations as [id, name, municipality index or -1]. */
export interface FinderShard {
  municipalities: [id: string, name: string][];
  organizations: [id: string, name: string, municipality: number][];
}

/** What the finder offers for a region and sphere: one file, or one per municipality. */
export type FinderSphereEntry =
  | { count: number; split: false }
  | { count: number; split: true; municipalities: [id: string, name: string, count: number][] };

export interface FinderRegion {
  id: string;
  name: string;
  spheres: Partial<Record<Sphere, FinderSphereEntry>>;
}

/**
 * Organizations per file before a region's sphere is split by municipality. A name with its id
 * gzips to ~6 bytes (the synthetic nation's largest file: 4,890 names, 28.1 KB, bench:finder), so
 * this keeps a file under the 60 KB budget with room for real names, less repetitive than those.
 */
export const FINDER_SHARD_ORGANIZATIONS = 6000;

/** The file path of a shard below the finder's folder, without «.json». */
export const finderShardPath = (
  region: string,
  sphereSlug: string,
  municipality?: string,
): string =>
  municipality === undefined
    ? `${region}/${sphereSlug}`
    : `${region}/${sphereSlug}/${municipality}`;

const collator = new Intl.Collator('ru');
const byName = <T extends { name: string }>(a: T, b: T) => collator.compare(a.name, b.name);

function shardOf(organizations: FinderOrganization[]): FinderShard {
  const municipalities = [
    ...new Map(
      organizations.flatMap((o) =>
        o.municipality ? [[o.municipality.id, o.municipality.name] as const] : [],
      ),
    ).entries(),
  ];
  municipalities.sort((a, b) => collator.compare(a[1], b[1]));
  const index = new Map(municipalities.map(([id], i) => [id, i]));
  return {
    municipalities,
    organizations: [...organizations]
      .sort(byName)
      .map((o) => [o.id, o.name, o.municipality ? index.get(o.municipality.id)! : -1]),
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export interface FinderFiles {
  regions: FinderRegion[];
  /** finderShardPath → file content. */
  shards: Map<string, FinderShard>;
}

/** Every finder file, and the regions list the finder shows; regions and municipalities by name. */
export function buildFinderFiles(
  organizations: FinderOrganization[],
  slugOf: (sphere: Sphere) => string,
  maxPerShard = FINDER_SHARD_ORGANIZATIONS,
): FinderFiles {
  const shards = new Map<string, FinderShard>();
  const regions: FinderRegion[] = [];
  for (const [regionId, inRegion] of groupBy(organizations, (o) => o.region.id)) {
    const region: FinderRegion = { id: regionId, name: inRegion[0]!.region.name, spheres: {} };
    for (const [sphere, list] of groupBy(inRegion, (o) => o.sphere)) {
      const slug = slugOf(sphere as Sphere);
      if (list.length <= maxPerShard) {
        region.spheres[sphere as Sphere] = { count: list.length, split: false };
        shards.set(finderShardPath(regionId, slug), shardOf(list));
        continue;
      }
      // The region's own organizations (no municipality) get a file of their own, named after the region.
      const byMunicipality = groupBy(list, (o) => o.municipality?.id ?? regionId);
      const municipalities: [string, string, number][] = [...byMunicipality].map(([id, l]) => [
        id,
        l[0]!.municipality?.name ?? region.name,
        l.length,
      ]);
      municipalities.sort((a, b) => collator.compare(a[1], b[1]));
      region.spheres[sphere as Sphere] = { count: list.length, split: true, municipalities };
      for (const [id, l] of byMunicipality)
        shards.set(finderShardPath(regionId, slug, id), shardOf(l));
    }
    regions.push(region);
  }
  regions.sort(byName);
  return { regions, shards };
}
