// The means an organization's total is set beside, built once per build as fields of the content
// index: per method, year and sphere over every organization, and per territory (with every
// territory within it), method and year. Each counts one total per organization (countedResults).
import type { ContentLookups } from '../content/lookups.ts';
import type { MeanScore } from '../scoring/index.ts';
import { ancestorsOf } from '../territories.ts';
import { countedResults } from './collect.ts';
import { groupMean } from './groups.ts';
import type { ResultView } from './view.ts';

type Comparable = Pick<ResultView, 'method' | 'year'>;

export const sphereMeanKey = (r: Comparable & Pick<ResultView, 'sphere'>) =>
  `${r.method.id}|${r.year}|${r.sphere}`;
export const territoryMeanKey = (territoryId: string, r: Comparable) =>
  `${territoryId}|${r.method.id}|${r.year}`;

export interface ResultMeans {
  sphereMeans: Map<string, MeanScore>;
  territoryMeans: Map<string, MeanScore>;
}

function add(buckets: Map<string, ResultView[]>, key: string, result: ResultView): void {
  const bucket = buckets.get(key);
  if (bucket) bucket.push(result);
  else buckets.set(key, [result]);
}

const means = (buckets: Map<string, ResultView[]>) =>
  new Map([...buckets].map(([key, results]) => [key, groupMean(results)]));

/** One pass over the results: each goes to its sphere's bucket and to its territory's and every ancestor's. */
export function resultMeans(
  index: ContentLookups,
  resultViews: ReadonlyMap<string, readonly ResultView[]>,
): ResultMeans {
  const bySphere = new Map<string, ResultView[]>();
  const byTerritory = new Map<string, ResultView[]>();
  for (const [organizationId, results] of resultViews) {
    const territory = index.organizationById.get(organizationId)?.data.territory;
    const within =
      territory === undefined ? [] : [territory, ...ancestorsOf(territory, index).map((t) => t.id)];
    for (const result of countedResults(results)) {
      add(bySphere, sphereMeanKey(result), result);
      for (const id of within) add(byTerritory, territoryMeanKey(id, result), result);
    }
  }
  return { sphereMeans: means(bySphere), territoryMeans: means(byTerritory) };
}
