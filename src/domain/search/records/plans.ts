import { sphereNames } from '../../vocabulary.ts';
import type { SearchRecord } from '../record.ts';
import { details, territoryContext, type RecordBuilder } from './builder.ts';

const period = ({ from, to }: { from: number; to: number }) =>
  from === to ? `${from} год` : `${from}–${to} годы`;

/** Each plan as a whole, linked to the top of its page. */
export const planRecords: RecordBuilder = (site) =>
  site.graph.plans.map(({ id, data: plan }): SearchRecord => ({
    kind: 'plan',
    href: `/plany/${id}/`,
    title: plan.title,
    text: '',
    details: details([
      ['Период', period(plan.period)],
      ['Сферы', plan.spheres.map((s) => sphereNames[s]).join(', ')],
    ]),
    context: territoryContext(site, plan.territory),
    territory: plan.territory,
    years: plan.period,
    spheres: plan.spheres,
  }));
