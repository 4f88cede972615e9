import type { ContentIndex } from '../contentIndex.ts';
import type { Entry } from '../content/graph.ts';
import type { LegalAct, Plan } from '../schemas/index.ts';

export interface EditionLink {
  act: Entry<LegalAct>;
  relation: 'repeals' | 'replaces';
  /** The plan adopted by that act, when the portal holds it. */
  plan: Entry<Plan> | undefined;
}

/** Acts that this act repeals or replaces: its earlier editions. */
export function earlierEditions(actId: string, index: ContentIndex): EditionLink[] {
  const act = index.actById.get(actId);
  if (!act) return [];
  return (['repeals', 'replaces'] as const).flatMap((relation) =>
    act.data[relation].flatMap((id) => {
      const earlier = index.actById.get(id);
      return earlier ? [{ act: earlier, relation, plan: index.planByAct.get(id) }] : [];
    }),
  );
}

/** Acts that repeal or replace this act: its later editions. */
export function laterEditions(actId: string, index: ContentIndex): EditionLink[] {
  return (index.laterActs.get(actId) ?? []).map(({ act, relation }) => ({
    act,
    relation,
    plan: index.planByAct.get(act.id),
  }));
}

/** A plan is in force unless a later act repealed or replaced the act that adopted it. */
export function isInForce(plan: Plan, index: ContentIndex): boolean {
  return !index.laterActs.has(plan.act);
}

/** Plans in force first, then the latest period first: the order citizens need. */
export function orderPlans(plans: Entry<Plan>[], index: ContentIndex): Entry<Plan>[] {
  return [...plans].sort(
    (a, b) =>
      Number(isInForce(b.data, index)) - Number(isInForce(a.data, index)) ||
      b.data.period.to - a.data.period.to ||
      a.id.localeCompare(b.id),
  );
}

export type PlanStanding = 'repealed' | 'periodOver' | 'inForce';

/** How a plan stands on a date: repealed by a later act, its period over, or in force. */
export function planStanding(plan: Plan, index: ContentIndex, asOf: string): PlanStanding {
  if (!isInForce(plan, index)) return 'repealed';
  return plan.period.to < Number(asOf.slice(0, 4)) ? 'periodOver' : 'inForce';
}
