// What a territory's improvement-plan page lists row by row and what it only sums up. At national
// scale a city of ~4,000 organizations has ~5,000 plans and ~7,000 late measures: listed in full,
// ~7 MB of HTML, a page a phone on a slow connection cannot open. Every row stays in the
// territory's CSV, and every plan on its organization's page.
import { DIRECTORY_ROWS } from '../organizations/directory.ts';
import { spheres, type Sphere } from '../schemas/index.ts';
import type { ImprovementRow } from './improvementPlans.ts';
import { LATE_PAGE_SIZE } from './lateList.ts';
import { tallyProgress, type ProgressTally } from './summary.ts';

export interface LateExcerpt {
  /** The longest overdue rows, in the order given. */
  rows: ImprovementRow[];
  /** Late rows in all. */
  total: number;
}

/** At most one page of the national late list (`max` rows) of `late`, already longest overdue first. */
export const lateExcerpt = (late: ImprovementRow[], max = LATE_PAGE_SIZE): LateExcerpt => ({
  rows: late.slice(0, max),
  total: late.length,
});

export interface SphereTally {
  sphere: Sphere;
  plans: number;
  tally: ProgressTally;
}

export type PlanList =
  | { kind: 'plans'; plans: ImprovementRow[][] }
  | { kind: 'spheres'; plans: number; spheres: SphereTally[] };

/** Each plan (its rows) on a line of its own up to `max` plans; over that, one line per sphere. */
export function planList(plans: ImprovementRow[][], max = DIRECTORY_ROWS): PlanList {
  if (plans.length <= max) return { kind: 'plans', plans };
  const bySphere = new Map<Sphere, ImprovementRow[][]>();
  for (const plan of plans) {
    const sphere = plan[0]!.organization.data.sphere;
    const list = bySphere.get(sphere);
    if (list) list.push(plan);
    else bySphere.set(sphere, [plan]);
  }
  const lines = spheres.flatMap((sphere) => {
    const own = bySphere.get(sphere) ?? [];
    return own.length === 0
      ? []
      : [{ sphere, plans: own.length, tally: tallyProgress(own.flat().map((r) => r.status)) }];
  });
  return { kind: 'spheres', plans: plans.length, spheres: lines };
}
