// Downloads the finder's files, once each per visit.
import type { FinderShard } from '../../domain/organizations/finderShards.ts';

const cache = new Map<string, Promise<FinderShard>>();

export function loadShard(baseUrl: string, path: string): Promise<FinderShard> {
  const href = `${baseUrl}${path}.json`;
  let shard = cache.get(href);
  if (!shard) {
    shard = fetch(href).then((r) =>
      r.ok
        ? (r.json() as Promise<FinderShard>)
        : Promise.reject(new Error(`${href}: HTTP ${r.status}`)),
    );
    // A failed download is tried again next time, not remembered.
    shard.catch(() => cache.delete(href));
    cache.set(href, shard);
  }
  return shard;
}
