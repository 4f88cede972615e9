// The organizations the survey pages can be opened for, as small static JSON files. There is one
// questionnaire page per sphere; the organization comes in the query string, and the island
// fetches only the shard that holds it: at national scale (130,000 organizations) one file of
// all names would be megabytes, a shard of ~450 is a few kilobytes gzipped. The browser and the
// build both pick the shard with shardOf(), so the two always agree.
import type { Sphere } from '../schemas/common.ts';
import { isSphere } from '../questionnaire/sphereSlugs.ts';

/** About this many organizations per shard. */
export const organizationsPerShard = 450;

export interface DirectoryEntry {
  /** Full name, as registered. */
  name: string;
  sphere: Sphere;
  /** The territory's name, for display (not its id). */
  territory: string;
}

/** One JSON file: organization id → entry. */
export type DirectoryShard = Record<string, DirectoryEntry>;

export interface DirectoryOrganization extends DirectoryEntry {
  id: string;
}

/** Shards for a directory of `organizationCount` organizations: at least one, even for none. */
export const shardCountFor = (organizationCount: number): number =>
  Math.max(1, Math.ceil(Math.max(0, organizationCount) / organizationsPerShard));

const utf8 = new TextEncoder();

/** FNV-1a, 32 bits, over the UTF-8 bytes: tiny, fast, and spreads similar ids well. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of utf8.encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

export function shardOf(id: string, shardCount: number): number {
  if (!Number.isInteger(shardCount) || shardCount < 1)
    throw new Error(`shardOf: shard count must be a positive integer, got ${shardCount}`);
  return fnv1a32(id) % shardCount;
}

/** Address of a shard under the directory's base URL (which ends in «/»). */
export const shardUrl = (baseUrl: string, shard: number): string => `${baseUrl}${shard}.json`;

/** Every organization in exactly one shard; ids sorted inside a shard, so a rebuild gives the same bytes. */
export function buildDirectoryShards(
  organizations: readonly DirectoryOrganization[],
  shardCount: number,
): DirectoryShard[] {
  const shards: DirectoryOrganization[][] = Array.from({ length: shardCount }, () => []);
  const seen = new Set<string>();
  for (const o of organizations) {
    if (seen.has(o.id))
      throw new Error(`buildDirectoryShards: organization «${o.id}» is listed twice`);
    seen.add(o.id);
    shards[shardOf(o.id, shardCount)]!.push(o);
  }
  return shards.map((list) =>
    Object.fromEntries(
      list
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map(({ id, name, sphere, territory }) => [id, { name, sphere, territory }]),
    ),
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The entry for `id` in a fetched shard, checked field by field (the file came over the network).
 * Own keys only: «constructor» is a valid id and must not find Object.prototype's.
 */
export function entryIn(shard: unknown, id: string): DirectoryEntry | undefined {
  if (!isRecord(shard) || !Object.hasOwn(shard, id)) return undefined;
  const entry = shard[id];
  if (!isRecord(entry)) return undefined;
  const { name, sphere, territory } = entry;
  return typeof name === 'string' && typeof territory === 'string' && isSphere(sphere)
    ? { name, sphere, territory }
    : undefined;
}
