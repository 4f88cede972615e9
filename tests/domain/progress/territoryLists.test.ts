import { describe, expect, it } from 'vitest';
import {
  dueOn,
  lateExcerpt,
  planList,
  progressStatus,
  type ImprovementRow,
} from '../../../src/domain/progress/index.ts';
import type { Sphere } from '../../../src/domain/schemas/index.ts';

const asOf = '2020-06-15';
/** A plan row of an organization of `sphere`: done on time, or past due with nothing reported. */
function row(sphere: Sphere, plan: string, late: boolean): ImprovementRow {
  const status = progressStatus(
    late
      ? { due: dueOn('2020-02-01') }
      : { due: dueOn('2020-03-01'), report: { actualDate: '2020-02-20' } },
    asOf,
  );
  return {
    plan: { id: plan },
    organization: { id: `org-${plan}`, data: { sphere } },
    status,
  } as unknown as ImprovementRow;
}

describe('lateExcerpt', () => {
  const late = ['a', 'b', 'c'].map((id) => row('culture', id, true));

  it('keeps every row up to the limit', () => {
    expect(lateExcerpt(late, 3)).toEqual({ rows: late, total: 3 });
  });

  it('keeps the first rows over it, and says how many there are', () => {
    expect(lateExcerpt(late, 2)).toEqual({ rows: late.slice(0, 2), total: 3 });
  });
});

describe('planList', () => {
  const plans = [
    [row('education', 'p1', true), row('education', 'p1', false)],
    [row('culture', 'p2', false)],
    [row('education', 'p3', true)],
  ];

  it('lists each plan up to the limit', () => {
    expect(planList(plans, 3)).toEqual({ kind: 'plans', plans });
  });

  it('sums up by sphere over it, spheres in their fixed order and none without plans', () => {
    const list = planList(plans, 2);
    expect(list.kind).toBe('spheres');
    if (list.kind !== 'spheres') return;
    expect(list.plans).toBe(3);
    expect(
      list.spheres.map((s) => [
        s.sphere,
        s.plans,
        s.tally.total,
        s.tally.counts.doneOnTime,
        s.tally.counts.noReport,
      ]),
    ).toEqual([
      ['culture', 1, 1, 1, 0],
      ['education', 2, 3, 1, 2],
    ]);
  });
});
