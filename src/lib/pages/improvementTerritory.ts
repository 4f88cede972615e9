// Route data of /plany-ustraneniya/<territory>/: everything the page shows, prepared from the
// content index in one tested function (tests/pages); the page only renders it.
import type { ContentIndex } from '../../domain/contentIndex.ts';
import {
  assessmentYear,
  filterPath,
  lateExcerpt,
  lateRows,
  planList,
  regionOf,
  tallyRows,
  type ImprovementRow,
  type ProgressTally,
} from '../../domain/progress/index.ts';
import { ancestorsOf } from '../../domain/territories.ts';
import { sphereNames } from '../../domain/vocabulary.ts';
import { planUrlPath, plansOf, rowsWithin, territoryUrlPath } from '../improvement.ts';
import { improvementCsvHref } from '../downloads.ts';
import { formatNumber } from '../format.ts';
import { url } from '../url.ts';

export interface TallyLine {
  name: string;
  href?: string;
  note?: string;
  tally: ProgressTally;
}

/** One plan of an organization (its rows) as a line of the tally table. */
function planLine(plan: ImprovementRow[]): TallyLine {
  const first = plan[0]!;
  const o = first.organization;
  return {
    name: `${o.data.shortName ?? o.data.name}, ${assessmentYear(first) ?? 'год не указан'}`,
    href: url(planUrlPath(o.id, first.plan.id)),
    note: [
      sphereNames[o.data.sphere],
      first.plan.data.synthetic ? 'синтетические данные' : undefined,
    ]
      .filter(Boolean)
      .join(', '),
    tally: tallyRows(plan),
  };
}

export const improvementTerritoryPaths = (site: ContentIndex) =>
  [...site.territoriesWithPlans].map((territory) => ({ params: { territory } }));

export function improvementTerritoryPage(site: ContentIndex, territoryId: string) {
  const territory = site.territoryById.get(territoryId)!;
  const rows = rowsWithin(territory.id, site);
  const ownPlans = (site.organizationsByTerritory.get(territory.id) ?? []).flatMap((o) =>
    plansOf(o.id, site),
  );
  const plans = planList(ownPlans);
  const region = regionOf(territory.id, site);
  return {
    territory,
    title: `Планы по устранению недостатков: ${territory.data.name}`,
    trail: ancestorsOf(territory.id, site).map((a) => ({
      name: a.data.name,
      href: url(territoryUrlPath(a.id)),
    })),
    asOf: site.asOf,
    tally: tallyRows(rows),
    plans: new Set(rows.map((r) => r.plan.id)).size,
    synthetic: new Set(rows.filter((r) => r.plan.data.synthetic).map((r) => r.plan.id)).size,
    children: (site.childrenByTerritory.get(territory.id) ?? [])
      .filter((c) => site.territoriesWithPlans.has(c.id))
      .map((c) => ({
        name: c.data.name,
        href: url(territoryUrlPath(c.id)),
        tally: tallyRows(rowsWithin(c.id, site)),
      })),
    hasOwnPlans: ownPlans.length > 0,
    /** The plans of the territory's own organizations, one line each, or by sphere when too many. */
    planLines:
      plans.kind === 'plans'
        ? { kind: 'plans' as const, lines: plans.plans.map(planLine) }
        : {
            kind: 'spheres' as const,
            count: plans.plans,
            lines: plans.spheres.map((line) => ({
              name: sphereNames[line.sphere],
              note: `планов: ${formatNumber(line.plans)}`,
              tally: line.tally,
            })),
          },
    late: lateExcerpt(lateRows(ownPlans.flat())),
    /** Names the territory of a late measure's organization. */
    territoryName: (id: string) => site.territoryById.get(id)?.data.name ?? id,
    csvHref: improvementCsvHref(territory.id, site),
    lateLink: {
      href: url(
        `/plany-ustraneniya/prosrocheno/${region ? `${filterPath({ region, sphere: null })}/` : ''}`,
      ),
      text: `Просроченные мероприятия${region ? `: ${region.data.name}` : ' по всей стране'}`,
    },
  };
}

export type ImprovementTerritoryPage = ReturnType<typeof improvementTerritoryPage>;
