import { describe, expect, it } from 'vitest';
import { indexContent } from '../../../src/domain/contentIndex.ts';
import { TEST_AS_OF } from '../../helpers/contentGraph.ts';
import {
  earlierEditions,
  isInForce,
  laterEditions,
  orderPlans,
  planStanding,
} from '../../../src/domain/plans/editions.ts';
import { legalActSchema, planSchema } from '../../../src/domain/schemas/index.ts';

const act = (id: string, extra: object = {}) => ({
  id,
  filePath: `acts/${id}.yaml`,
  data: legalActSchema.parse({
    title: id,
    kind: 'распоряжение',
    issuer: 'КМ',
    number: null,
    date: null,
    textAvailable: false,
    ...extra,
  }),
});
const plan = (id: string, actId: string, to: number) => ({
  id,
  filePath: `plans/${id}.yaml`,
  data: planSchema.parse({
    title: id,
    territory: 't',
    act: actId,
    period: { from: 2016, to },
    spheres: ['social'],
    source: { title: 's' },
    measures: [{ number: '1.', text: 'x' }],
  }),
});

const graph = {
  territories: [],
  acts: [act('new', { repeals: ['old'] }), act('old')],
  plans: [plan('plan-old', 'old', 2018), plan('plan-new', 'new', 2021)],
  coverageTargets: [],
  councilMeetings: [],
  organizations: [],
  results: [],
};
const index = indexContent(graph, TEST_AS_OF);

describe('editions', () => {
  it('knows which act an act repealed, and which act repealed it', () => {
    expect(earlierEditions('new', index).map((e) => [e.act.id, e.relation, e.plan?.id])).toEqual([
      ['old', 'repeals', 'plan-old'],
    ]);
    expect(laterEditions('old', index).map((e) => [e.act.id, e.relation])).toEqual([
      ['new', 'repeals'],
    ]);
    expect(laterEditions('new', index)).toEqual([]);
  });

  it('marks a plan whose act was repealed as not in force and lists plans in force first', () => {
    expect(isInForce(graph.plans[0]!.data, index)).toBe(false);
    expect(isInForce(graph.plans[1]!.data, index)).toBe(true);
    expect(orderPlans(graph.plans, index).map((p) => p.id)).toEqual(['plan-new', 'plan-old']);
  });
});

describe('planStanding', () => {
  it('says repealed before anything else, then whether the period is over on the date', () => {
    expect(planStanding(graph.plans[0]!.data, index, '2017-01-01')).toBe('repealed');
    expect(planStanding(graph.plans[1]!.data, index, '2021-12-31')).toBe('inForce');
    expect(planStanding(graph.plans[1]!.data, index, '2022-01-01')).toBe('periodOver');
  });
});
