import { describe, expect, it } from 'vitest';
import {
  buildDirectoryShards,
  entryIn,
  fnv1a32,
  organizationsPerShard,
  shardCountFor,
  shardOf,
  shardUrl,
  type DirectoryOrganization,
} from '../../../src/domain/survey-client/organizationDirectory.ts';

/** Ids shaped like the synthetic country's: municipality, kind, number. */
const kinds = ['sosh', 'detskiy-sad', 'sdk', 'biblioteka', 'crb', 'poliklinika', 'kcson', 'muzey'];
const nationalIds = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `mo-${Math.floor(i / 57)}-rayon-${kinds[i % kinds.length]}-${1 + (i % 57)}`,
  );

const organization = (
  id: string,
  sphere: DirectoryOrganization['sphere'] = 'culture',
): DirectoryOrganization => ({
  id,
  name: `МБУК «Организация ${id}»`,
  sphere,
  territory: 'Абинский район',
});

describe('shardCountFor', () => {
  it('keeps about 450 organizations per shard, and at least one shard', () => {
    expect(shardCountFor(0)).toBe(1);
    expect(shardCountFor(1)).toBe(1);
    expect(shardCountFor(organizationsPerShard)).toBe(1);
    expect(shardCountFor(organizationsPerShard + 1)).toBe(2);
    const national = shardCountFor(130_000);
    expect(130_000 / national).toBeGreaterThanOrEqual(400);
    expect(130_000 / national).toBeLessThanOrEqual(500);
  });
});

describe('shardOf', () => {
  it('is FNV-1a 32-bit (published test vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('is deterministic and within range', () => {
    for (const id of nationalIds(1000)) {
      const shard = shardOf(id, 17);
      expect(shard).toBe(shardOf(id, 17));
      expect(shard).toBeGreaterThanOrEqual(0);
      expect(shard).toBeLessThan(17);
    }
    expect(shardOf('abinskiy-kdc', 1)).toBe(0);
  });

  it('spreads national-scale ids evenly enough (every shard within ±20 % of the mean)', () => {
    const ids = nationalIds(130_000);
    const count = shardCountFor(ids.length);
    const sizes = new Array<number>(count).fill(0);
    for (const id of ids) sizes[shardOf(id, count)]! += 1;
    const mean = ids.length / count;
    expect(Math.min(...sizes)).toBeGreaterThan(mean * 0.8);
    expect(Math.max(...sizes)).toBeLessThan(mean * 1.2);
  });

  it('refuses a shard count that is not a positive integer', () => {
    expect(() => shardOf('a', 0)).toThrow(/positive integer/);
    expect(() => shardOf('a', 1.5)).toThrow(/positive integer/);
  });
});

describe('buildDirectoryShards', () => {
  const organizations = nationalIds(2000).map((id, i) =>
    organization(id, i % 2 === 0 ? 'culture' : 'education'),
  );
  const count = shardCountFor(organizations.length);
  const shards = buildDirectoryShards(organizations, count);

  it('puts every organization in exactly one shard, the one shardOf names', () => {
    expect(shards).toHaveLength(count);
    const placed = shards.flatMap((shard, index) =>
      Object.keys(shard).map((id) => [id, index] as const),
    );
    expect(placed).toHaveLength(organizations.length);
    for (const [id, index] of placed) expect(index).toBe(shardOf(id, count));
  });

  it('keeps name, sphere and territory name, and nothing else', () => {
    const first = organizations[1]!;
    expect(shards[shardOf(first.id, count)]![first.id]).toEqual({
      name: first.name,
      sphere: 'education',
      territory: 'Абинский район',
    });
  });

  it('gives the same bytes whatever the input order', () => {
    expect(JSON.stringify(buildDirectoryShards([...organizations].reverse(), count))).toBe(
      JSON.stringify(shards),
    );
  });

  it('refuses an organization listed twice', () => {
    expect(() => buildDirectoryShards([organization('a'), organization('a')], 1)).toThrow(
      /«a» is listed twice/,
    );
  });

  it('makes an empty shard for a directory of none', () => {
    expect(buildDirectoryShards([], 1)).toEqual([{}]);
  });
});

describe('entryIn', () => {
  const shard: unknown = JSON.parse(
    JSON.stringify(buildDirectoryShards([organization('abinskiy-kdc')], 1)[0]),
  );

  it('finds an organization of a fetched shard', () => {
    expect(entryIn(shard, 'abinskiy-kdc')).toEqual({
      name: 'МБУК «Организация abinskiy-kdc»',
      sphere: 'culture',
      territory: 'Абинский район',
    });
  });

  it('finds nothing for an absent id, an inherited key or a malformed file', () => {
    expect(entryIn(shard, 'nobody')).toBeUndefined();
    expect(entryIn(shard, 'constructor')).toBeUndefined();
    expect(entryIn(null, 'abinskiy-kdc')).toBeUndefined();
    expect(entryIn([], 'abinskiy-kdc')).toBeUndefined();
    expect(entryIn({ x: { name: 'X', sphere: 'sport', territory: 'T' } }, 'x')).toBeUndefined();
    expect(entryIn({ x: { name: 1, sphere: 'culture', territory: 'T' } }, 'x')).toBeUndefined();
  });
});

describe('shardUrl', () => {
  it('names a shard file under the base', () => {
    expect(shardUrl('/nok/anketa/organizatsii/', 3)).toBe('/nok/anketa/organizatsii/3.json');
  });
});
