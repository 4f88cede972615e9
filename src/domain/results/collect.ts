// Every organization's results, published and computed, built once per build as a field of the
// content index (pages must not scan whole collections per page: at national scale that would
// make the build quadratic).
import type { ContentLookups } from '../content/lookups.ts';
import {
  assessmentKey,
  computedView,
  publishedView,
  sameAssessment,
  type PublishedView,
  type ResultView,
} from './view.ts';

/** Newest first; «год не указан» last; a computed result just before the published one it checks. */
export function byYearDesc(a: ResultView, b: ResultView): number {
  const ya = a.year ?? -Infinity;
  const yb = b.year ?? -Infinity;
  if (ya !== yb) return yb - ya;
  if (a.kind !== b.kind) return a.kind === 'computed' ? -1 : 1;
  return a.key.localeCompare(b.key);
}

function organizationResults(orgId: string, index: ContentLookups): ResultView[] {
  const published = (index.resultsByOrganization.get(orgId) ?? []).flatMap(
    (e) => publishedView(e) ?? [],
  );
  const computed = (index.assessmentsByOrganization.get(orgId) ?? []).map((e) => {
    const counterpart = published.find((p) =>
      sameAssessment(p, {
        organizationId: e.data.organization,
        year: e.data.year,
        method: { id: e.data.method },
      }),
    );
    return computedView(e, counterpart);
  });
  return [...computed, ...published].sort(byYearDesc);
}

/** organization id → its results, newest first (the index's `resultViews`). */
export const resultViewsOf = (index: ContentLookups): Map<string, ResultView[]> =>
  new Map(index.graph.organizations.map((o) => [o.id, organizationResults(o.id, index)]));

/**
 * The one total per organization that means and distributions count, so that an organization
 * with both a published and a computed result is not counted twice: the published one (the
 * official score) when there is one, otherwise the computed one.
 */
export function countedResults(results: readonly ResultView[]): ResultView[] {
  // A set of the published assessments, not a scan per result: a national group holds tens of thousands.
  const published = new Set(
    results.flatMap((r) => (r.kind === 'published' ? (assessmentKey(r) ?? []) : [])),
  );
  return results.filter((r) => r.kind === 'published' || !published.has(assessmentKey(r) ?? ''));
}

export type { PublishedView };
