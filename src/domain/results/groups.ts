// Results are only ever summarised within one method and one year: totals of different methods
// are on different scales (100 vs 160 points), and different years are different assessments.
import type { Sphere } from '../schemas/index.ts';
import { hasValue, meanScore, type MeanScore, type ScoringMethod } from '../scoring/index.ts';
import { countedResults } from './collect.ts';
import type { ResultView } from './view.ts';

export interface ResultGroup {
  /** method id and year, e.g. «344н-2018-2021» or «344н-2018-bez-goda». */
  id: string;
  method: ScoringMethod;
  year: number | null;
  /** Every result, both kinds. */
  results: ResultView[];
  /** One result per organization: what means and distributions count. */
  counted: ResultView[];
}

const groupId = (methodId: string, year: number | null) =>
  `${methodId
    .toLowerCase()
    .replace(/н/g, 'n')
    .replace(/[^a-z0-9]+/g, '-')}-${year ?? 'bez-goda'}`;

export function groupResults(results: readonly ResultView[]): ResultGroup[] {
  const groups = new Map<string, ResultGroup>();
  for (const r of results) {
    const id = groupId(r.method.id, r.year);
    const g = groups.get(id) ?? { id, method: r.method, year: r.year, results: [], counted: [] };
    g.results.push(r);
    groups.set(id, g);
  }
  const list = [...groups.values()].map((g) => ({ ...g, counted: countedResults(g.results) }));
  return list.sort(
    (a, b) =>
      (b.year ?? -Infinity) - (a.year ?? -Infinity) ||
      b.counted.length - a.counted.length ||
      a.id.localeCompare(b.id),
  );
}

export const groupMean = (results: readonly ResultView[]): MeanScore =>
  meanScore(results.map((r) => ({ method: r.method.id, total: r.total })));

export interface SphereMean extends MeanScore {
  sphere: Sphere;
}

/** Mean total per sphere, spheres in a fixed order. */
export function sphereMeans(group: ResultGroup): SphereMean[] {
  const spheres = [...new Set(group.counted.map((r) => r.sphere))].sort();
  return spheres.map((sphere) => ({
    sphere,
    ...groupMean(group.counted.filter((r) => r.sphere === sphere)),
  }));
}

export interface Bucket {
  from: number;
  to: number;
  /** The last bucket includes its upper bound (a total equal to the maximum). */
  closed: boolean;
  count: number;
}

/**
 * Totals in ten equal steps of the method's scale. Without a known maximum there is no scale to
 * divide, so null — a distribution over a guessed scale would mislead.
 */
export function distribution(group: ResultGroup, steps = 10): Bucket[] | null {
  const max = group.method.maxTotal;
  if (max === null) return null;
  const width = max / steps;
  const buckets: Bucket[] = Array.from({ length: steps }, (_, i) => ({
    from: i * width,
    to: (i + 1) * width,
    closed: i === steps - 1,
    count: 0,
  }));
  for (const r of group.counted) {
    if (!hasValue(r.total)) continue;
    const i = Math.min(Math.floor(r.total.value / width), steps - 1);
    buckets[i]!.count += 1;
  }
  return buckets;
}
