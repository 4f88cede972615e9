// An organization's total next to the means of its territory and of its sphere, counted within the
// same method and year only.
import type { ContentIndex } from '../contentIndex.ts';
import type { MeanScore } from '../scoring/index.ts';
import { countedResults, resultsByOrganization } from './collect.ts';
import { groupMean } from './groups.ts';
import { organizationsWithin } from './scope.ts';
import type { ResultView } from './view.ts';

export type PeerMeans =
  | { comparable: true; territory: MeanScore; sphere: MeanScore }
  | { comparable: false; reason: string };

const key = (r: ResultView) => `${r.method.id}|${r.year}|${r.sphere}`;
const sphereCache = new WeakMap<ContentIndex, Map<string, MeanScore>>();

/** Sphere means over every organization the portal knows, per method, year and sphere; built once. */
function sphereMeansOf(index: ContentIndex): Map<string, MeanScore> {
  let map = sphereCache.get(index);
  if (map) return map;
  const buckets = new Map<string, ResultView[]>();
  for (const results of resultsByOrganization(index).values()) {
    for (const r of countedResults(results)) {
      const bucket = buckets.get(key(r));
      if (bucket) bucket.push(r);
      else buckets.set(key(r), [r]);
    }
  }
  map = new Map([...buckets].map(([k, rs]) => [k, groupMean(rs)]));
  sphereCache.set(index, map);
  return map;
}

export function peerMeans(result: ResultView, index: ContentIndex): PeerMeans {
  // Results of unknown year may come from different assessments: averaging them would be a guess.
  if (result.year === null)
    return {
      comparable: false,
      reason: 'год оценки не указан, поэтому неизвестно, с какими результатами его сравнивать',
    };
  const territoryId = index.organizationById.get(result.organizationId)?.data.territory;
  if (territoryId === undefined)
    return { comparable: false, reason: 'организация не найдена в данных портала' };
  return {
    comparable: true,
    territory: territoryMean(territoryId, result, index),
    sphere: sphereMeansOf(index).get(key(result)) ?? groupMean([]),
  };
}

const territoryCache = new WeakMap<ContentIndex, Map<string, MeanScore>>();

/**
 * Mean of a territory's organizations within one method and year. Memoized: every organization
 * of a municipality asks for the same mean, and computing it scans all of them (quadratic per
 * municipality at national scale otherwise).
 */
function territoryMean(territoryId: string, result: ResultView, index: ContentIndex): MeanScore {
  let means = territoryCache.get(index);
  if (!means) territoryCache.set(index, (means = new Map<string, MeanScore>()));
  const k = `${territoryId}|${result.method.id}|${result.year}`;
  let mean = means.get(k);
  if (!mean) {
    const all = resultsByOrganization(index);
    const inTerritory = organizationsWithin(territoryId, index)
      .flatMap((o) => countedResults(all.get(o.id) ?? []))
      .filter((r) => r.method.id === result.method.id && r.year === result.year);
    means.set(k, (mean = groupMean(inTerritory)));
  }
  return mean;
}
