// Which organization a sphere's survey page is for: the `org` query parameter, checked against
// the content id format before anything is fetched, then against the directory entry.
import type { Sphere } from '../schemas/common.ts';
import { isContentId } from '../schemas/idPattern.ts';
import type { DirectoryEntry } from './organizationDirectory.ts';

export type OrganizationParam =
  { kind: 'absent' } | { kind: 'malformed' } | { kind: 'id'; id: string };

/** The `org` parameter of a query string such as `?org=abinskiy-kdc`. */
export function organizationParam(search: string): OrganizationParam {
  const value = new URLSearchParams(search).get('org');
  if (value === null || value === '') return { kind: 'absent' };
  return isContentId(value) ? { kind: 'id', id: value } : { kind: 'malformed' };
}

export interface KnownOrganization extends DirectoryEntry {
  id: string;
}

export type Resolution =
  | { kind: 'found'; organization: KnownOrganization }
  /** The organization exists but is answered about on another sphere's page. */
  | { kind: 'otherSphere'; organization: KnownOrganization }
  | { kind: 'unknown' };

export function resolveOrganization(
  pageSphere: Sphere,
  id: string,
  entry: DirectoryEntry | undefined,
): Resolution {
  if (!entry) return { kind: 'unknown' };
  const organization = { id, ...entry };
  return entry.sphere === pageSphere
    ? { kind: 'found', organization }
    : { kind: 'otherSphere', organization };
}
