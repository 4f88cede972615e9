import type { ContentIndex } from '../../contentIndex.ts';
import type { SearchRecord } from '../record.ts';
import { details, territoryContext, type RecordBuilder } from './builder.ts';

/**
 * Where an act is shown: its own plan's page (#act), or, for an earlier edition whose text the
 * portal lacks, the page of the plan that repealed or replaced it (#editions).
 */
function actPlace(
  site: ContentIndex,
  actId: string,
): { planId: string; anchor: 'act' | 'editions' } | undefined {
  const own = site.planByAct.get(actId);
  if (own) return { planId: own.id, anchor: 'act' };
  const later = (site.laterActs.get(actId) ?? [])
    .map(({ act }) => site.planByAct.get(act.id))
    .find((p) => p !== undefined);
  return later && { planId: later.id, anchor: 'editions' };
}

/** Adopting acts (and known earlier editions) of the plans. */
export const actRecords: RecordBuilder = (site) =>
  site.graph.acts.flatMap(({ id, data: act }): SearchRecord[] => {
    const place = actPlace(site, id);
    if (!place) return [];
    const plan = site.planById.get(place.planId)!.data;
    return [
      {
        kind: 'act',
        href: `/plany/${place.planId}/#${place.anchor}`,
        title: act.title,
        text: '',
        details: details([
          ['Вид документа', act.kind],
          ['Кем принят', act.issuer],
          ['Номер', act.number],
          ['Дата', act.dateAsWritten ?? act.date],
        ]),
        context: `${plan.title} — ${territoryContext(site, plan.territory)}`,
        territory: plan.territory,
        years: act.date ? { from: Number(act.date.slice(0, 4)), to: plan.period.to } : plan.period,
        spheres: plan.spheres,
      },
    ];
  });
