// Coverage achieved, computed from the results: the share of a territory's organizations assessed
// in a year. The portal can only count organizations that are in its content, so this is a share
// of the organizations it knows, never of all organizations of the territory; pages say so.
import type { ContentIndex } from '../contentIndex.ts';
import type { Entry } from '../content/graph.ts';
import type { CoverageTarget, Organization, Sphere, TargetValue } from '../schemas/index.ts';
import { organizationsWithin } from './scope.ts';

export interface CoverageAchieved {
  year: number;
  /** First year counted: the same year, or the plan's first year for a target «к концу года». */
  fromYear: number;
  /** Organizations with at least one result (published or computed) of that year. */
  assessed: number;
  /** Organizations of the territory in the portal's content. */
  known: number;
  /** assessed / known × 100, rounded to one decimal; null when the portal knows none. */
  share: number | null;
}

export function coverageAchieved(
  orgs: readonly Entry<Organization>[],
  index: ContentIndex,
  year: number,
  fromYear = year,
): CoverageAchieved {
  const results = index.resultViews;
  const inRange = (y: number | null) => y !== null && y >= fromYear && y <= year;
  const assessed = orgs.filter((o) =>
    (results.get(o.id) ?? []).some((r) => inRange(r.year)),
  ).length;
  const share = orgs.length === 0 ? null : Math.round((assessed / orgs.length) * 1000) / 10;
  return { year, fromYear, assessed, known: orgs.length, share };
}

/** Organizations whose only results have no year: they cannot be counted in any year. */
export function undatedOnly(orgs: readonly Entry<Organization>[], index: ContentIndex): number {
  const results = index.resultViews;
  return orgs.filter((o) => {
    const rs = results.get(o.id) ?? [];
    return rs.length > 0 && rs.every((r) => r.year === null);
  }).length;
}

/** Coverage for every year in which some organization of the territory has a result. */
export function coverageByYear(territoryId: string, index: ContentIndex): CoverageAchieved[] {
  const orgs = organizationsWithin(territoryId, index);
  const results = index.resultViews;
  const years = new Set(
    orgs.flatMap((o) =>
      (results.get(o.id) ?? []).flatMap((r) => (r.year === null ? [] : [r.year])),
    ),
  );
  return [...years].sort((a, b) => a - b).map((year) => coverageAchieved(orgs, index, year));
}

export interface CoverageVsTarget extends CoverageAchieved {
  target: TargetValue;
  byEndOfYear: boolean;
  /** Spheres the plan covers: only their organizations are counted. */
  spheres: Sphere[];
  planId: string;
  indicatorAsWritten: string;
  unit: string;
}

/** Years where a plan sets an «assessed share» target, with the coverage the portal can compute. */
export function coverageAgainstTargets(
  territoryId: string,
  index: ContentIndex,
): CoverageVsTarget[] {
  const targets: Entry<CoverageTarget>[] = (index.targetsByTerritory.get(territoryId) ?? []).filter(
    (t) => t.data.indicator === 'assessedShare',
  );
  return targets.flatMap(({ data }) => {
    const plan = index.planById.get(data.plan)?.data;
    const spheres = plan?.spheres ?? [];
    const orgs = organizationsWithin(territoryId, index).filter((o) =>
      spheres.includes(o.data.sphere),
    );
    return data.values.flatMap((v) =>
      v.target === undefined
        ? []
        : [
            {
              ...coverageAchieved(
                orgs,
                index,
                v.year,
                v.byEndOfYear ? Math.min(plan?.period.from ?? v.year, v.year) : v.year,
              ),
              target: v.target,
              byEndOfYear: v.byEndOfYear,
              spheres,
              planId: data.plan,
              indicatorAsWritten: data.indicatorAsWritten,
              unit: data.unit,
            },
          ],
    );
  });
}
