import { flattenMeasures } from '../../plans/measures.ts';
import type { SearchRecord } from '../record.ts';
import { details, territoryContext, type RecordBuilder } from './builder.ts';

/** Every measure and sub-item of every plan, linked to its own row on the plan page. */
export const measureRecords: RecordBuilder = (site) =>
  site.graph.plans.flatMap(({ id, data: plan }) =>
    flattenMeasures(plan).map(({ measure, anchor }): SearchRecord => ({
      kind: 'measure',
      href: `/plany/${id}/#${anchor}`,
      title: measure.number === null ? 'Пункт без номера' : `Пункт ${measure.number}`,
      text: measure.section ? `${measure.section}. ${measure.text}` : measure.text,
      details: details([
        ['Форма реализации', measure.form],
        ['Срок исполнения', measure.deadline],
        ['Исполнители', measure.executors.join('; ')],
        ['Результат', measure.result],
      ]),
      context: `${plan.title} — ${territoryContext(site, plan.territory)}`,
      territory: plan.territory,
      years: plan.period,
      spheres: plan.spheres,
    })),
  );
