// Fetches the directory shard that holds an organization and resolves it for this page's sphere.
// Anything short of a readable shard (offline, timeout, a 404 mid-deploy, broken JSON) is
// «unavailable»: the person can retry, and nothing is concluded about the organization.
import type { Sphere } from '../../domain/schemas/common.ts';
import { entryIn, shardOf, shardUrl } from '../../domain/survey-client/organizationDirectory.ts';
import {
  resolveOrganization,
  type Resolution,
} from '../../domain/survey-client/organizationLookup.ts';

export interface DirectoryLocation {
  /** Ends in «/»; shard n is `${baseUrl}${n}.json`. */
  baseUrl: string;
  shardCount: number;
}

const requestTimeoutMs = 20_000;

export async function lookUpOrganization(
  directory: DirectoryLocation,
  sphere: Sphere,
  id: string,
): Promise<Resolution | { kind: 'unavailable' }> {
  try {
    const response = await fetch(shardUrl(directory.baseUrl, shardOf(id, directory.shardCount)), {
      credentials: 'omit',
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    if (!response.ok) return { kind: 'unavailable' };
    return resolveOrganization(sphere, id, entryIn(await response.json(), id));
  } catch {
    return { kind: 'unavailable' };
  }
}
