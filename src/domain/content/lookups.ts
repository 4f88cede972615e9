import type { ContentGraph, Entry } from './graph.ts';
import type { PublishedResult } from '../csv/index.ts';
import type { Assessment } from '../results/assessment.ts';
import type { ImprovementPlan } from '../schemas/index.ts';
import type {
  CouncilMeeting,
  CoverageTarget,
  LegalAct,
  Organization,
  Plan,
  Territory,
} from '../schemas/index.ts';

/**
 * The entries by id and by the entry they belong to: the lookups every derived field of the
 * content index (contentIndex.ts) is built from. Pages must never scan a whole collection per
 * page: at national scale (thousands of territories) that turns a build quadratic.
 */
export interface ContentLookups {
  graph: ContentGraph;
  territoryById: Map<string, Entry<Territory>>;
  actById: Map<string, Entry<LegalAct>>;
  planById: Map<string, Entry<Plan>>;
  planByAct: Map<string, Entry<Plan>>;
  plansByTerritory: Map<string, Entry<Plan>[]>;
  childrenByTerritory: Map<string, Entry<Territory>[]>;
  /** Territories without a parent: the top of the tree (one, the country, in a whole deployment). */
  rootTerritories: Entry<Territory>[];
  /** act id → the acts that repeal or replace it */
  laterActs: Map<string, { act: Entry<LegalAct>; relation: 'repeals' | 'replaces' }[]>;
  targetsByTerritory: Map<string, Entry<CoverageTarget>[]>;
  meetingsByTerritory: Map<string, Entry<CouncilMeeting>[]>;
  organizationById: Map<string, Entry<Organization>>;
  organizationsByTerritory: Map<string, Entry<Organization>[]>;
  resultsByOrganization: Map<string, Entry<PublishedResult>[]>;
  assessmentsByOrganization: Map<string, Entry<Assessment>[]>;
  improvementPlansByOrganization: Map<string, Entry<ImprovementPlan>[]>;
}

function groupBy<T>(items: T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const byId = <T>(entries: Entry<T>[]) => new Map(entries.map((e) => [e.id, e]));

export function contentLookups(graph: ContentGraph): ContentLookups {
  const laterActs: ContentLookups['laterActs'] = new Map();
  for (const act of graph.acts) {
    for (const relation of ['repeals', 'replaces'] as const) {
      for (const earlier of act.data[relation]) {
        laterActs.set(earlier, [...(laterActs.get(earlier) ?? []), { act, relation }]);
      }
    }
  }
  return {
    graph,
    territoryById: byId(graph.territories),
    actById: byId(graph.acts),
    planById: byId(graph.plans),
    planByAct: new Map(graph.plans.map((p) => [p.data.act, p])),
    plansByTerritory: groupBy(graph.plans, (p) => p.data.territory),
    childrenByTerritory: groupBy(graph.territories, (t) => t.data.parent),
    rootTerritories: graph.territories.filter((t) => t.data.parent === undefined),
    laterActs,
    targetsByTerritory: groupBy(graph.coverageTargets, (t) => t.data.territory),
    meetingsByTerritory: groupBy(graph.councilMeetings, (m) => m.data.territory),
    organizationById: byId(graph.organizations),
    organizationsByTerritory: groupBy(graph.organizations, (o) => o.data.territory),
    resultsByOrganization: groupBy(graph.results, (r) => r.data.organization_id),
    assessmentsByOrganization: groupBy(graph.assessments ?? [], (a) => a.data.organization),
    improvementPlansByOrganization: groupBy(
      graph.improvementPlans ?? [],
      (p) => p.data.organization,
    ),
  };
}
