// Improvement-plan rows as of the build date, computed once per build and shared by every page
// and download (the status logic itself lives in src/domain/progress).
import type { ContentIndex } from '../../domain/contentIndex.ts';
import { organizationPlans, type ImprovementRow } from '../../domain/progress/index.ts';
import { ancestorsOf } from '../../domain/territories.ts';
import { organizationsWithin } from '../../domain/results/index.ts';
import { asOfDate } from '../../lib/asOf.ts';

const plansCache = new WeakMap<ContentIndex, Map<string, ImprovementRow[][]>>();

/** Each plan of an organization as its rows, the latest assessment first. */
export function plansOf(organizationId: string, site: ContentIndex): ImprovementRow[][] {
  let byOrganization = plansCache.get(site);
  if (!byOrganization)
    plansCache.set(site, (byOrganization = new Map<string, ImprovementRow[][]>()));
  let plans = byOrganization.get(organizationId);
  if (!plans)
    byOrganization.set(
      organizationId,
      (plans = organizationPlans(organizationId, site, asOfDate())),
    );
  return plans;
}

/** Rows of the plans of every organization in the territory and the territories within it. */
export const rowsWithin = (territoryId: string, site: ContentIndex): ImprovementRow[] =>
  organizationsWithin(territoryId, site).flatMap((o) => plansOf(o.id, site).flat());

const territoriesCache = new WeakMap<ContentIndex, Set<string>>();

/** Territories with at least one plan in or below them, with every ancestor. Once per build: every territory page asks. */
export function territoriesWithPlans(site: ContentIndex): Set<string> {
  const cached = territoriesCache.get(site);
  if (cached) return cached;
  const ids = new Set<string>();
  territoriesCache.set(site, ids);
  for (const organizationId of site.improvementPlansByOrganization.keys()) {
    const territory = site.organizationById.get(organizationId)?.data.territory;
    if (territory === undefined || ids.has(territory)) continue;
    ids.add(territory);
    for (const a of ancestorsOf(territory, site)) ids.add(a.id);
  }
  return ids;
}

/** A plan lives on its organization's page (one page per organization keeps the national build small). */
export const planUrlPath = (organizationId: string, planId: string) =>
  `/organizatsii/${organizationId}/#plan-ustraneniya-${planId}`;
/** One measure of a plan, on its organization's page. */
export const planRowUrlPath = (organizationId: string, rowAnchor: string) =>
  `/organizatsii/${organizationId}/#${rowAnchor}`;
export const territoryUrlPath = (territoryId: string) => `/plany-ustraneniya/${territoryId}/`;

/** «45,5 %», or «нет данных» when no measure is due or done yet. */
export const shareText = (share: number | null): string =>
  share === null ? 'нет данных' : `${(Math.round(share * 1000) / 10).toLocaleString('ru-RU')} %`;
