// Improvement-plan rows of the content index (built once per build, as of its day) gathered for
// pages and downloads; the status logic itself lives in src/domain/progress.
import type { ContentIndex } from '../domain/contentIndex.ts';
import type { ImprovementRow } from '../domain/progress/index.ts';
import { organizationsWithin } from '../domain/results/index.ts';

/** Each plan of an organization as its rows, the latest assessment first. */
export const plansOf = (organizationId: string, site: ContentIndex): ImprovementRow[][] =>
  site.improvementRows.get(organizationId) ?? [];

/** Rows of the plans of every organization in the territory and the territories within it. */
export const rowsWithin = (territoryId: string, site: ContentIndex): ImprovementRow[] =>
  organizationsWithin(territoryId, site).flatMap((o) => plansOf(o.id, site).flat());

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
