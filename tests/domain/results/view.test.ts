import { describe, expect, it } from 'vitest';
import {
  publishedView,
  publishedScores,
  type ComputedView,
  type PublishedView,
} from '../../../src/domain/results/index.ts';
import { assessmentKey, sameAssessment } from '../../../src/domain/results/view.ts';
import { fixtureDir, load, realDir } from './content.ts';

const fixture = load(fixtureDir);
const real = load(realDir);
const of = (site: typeof fixture, org: string) => site.resultViews.get(org) ?? [];

describe('published results', () => {
  it('maps criterion_N to КN and keeps a missing criterion as «не опубликовано», not 0', () => {
    const [latest] = of(fixture, 'test-biblioteka') as PublishedView[];
    expect(latest!.criteria.map((c) => c.id)).toEqual(['К1', 'К2', 'К3', 'К4', 'К5']);
    expect(latest!.criteria[3]!.score).toEqual({ noData: true, reason: 'не опубликовано' });
    expect(latest!.criteria[4]!.score).toEqual({ value: 69.5 });
    expect(publishedScores(latest!).criteria).not.toHaveProperty('К4');
  });

  it('reads the 2015 school table by its own criteria (К3 was not assessed) on the 160-point scale', () => {
    const [school] = of(real, 'berdyuginskaya-sosh') as PublishedView[];
    expect(school!.method.id).toBe('pre-2018-education-160');
    expect(school!.maxTotal).toBe(160);
    expect(
      school!.criteria.map((c) => [c.id, c.max, 'value' in c.score ? c.score.value : null]),
    ).toEqual([
      ['К1', 40, 36.13],
      ['К2', 70, 34.58],
      ['К4', 20, 18.89],
      ['К5', 30, 22.23],
    ]);
  });

  it('keeps an unknown year as null and the published rank', () => {
    const [csp] = of(real, 'csp-semi-i-detey-bogorodsk');
    expect(csp!.year).toBeNull();
    const [mkc] = of(real, 'mikhaylovskiy-mkc') as PublishedView[];
    expect(mkc!.rank).toEqual({ place: 7, of: 30 });
  });

  it('has no view for a row without an organization id', () => {
    const row = fixture.graph.results[0]!;
    const { organization_id: _dropped, ...data } = row.data;
    expect(publishedView({ ...row, data })).toBeNull();
  });
});

describe('computed results', () => {
  it('carries every explain() line, ending with the total, and agrees within the rounding tolerance', () => {
    const [computed] = of(fixture, 'test-muzey') as ComputedView[];
    expect(computed!.kind).toBe('computed');
    expect(computed!.total).toEqual({ value: 80.77 });
    expect(computed!.explanation.at(-1)!.text).toBe(
      'S = (К1 + К2 + К3 + К4 + К5) / 5; (75,25 + 75 + 68,5 + 94,8 + 90,3) / 5 = 80,77',
    );
    expect(computed!.comparison).toMatchObject({ status: 'agrees', notCompared: [] });
  });

  it('flags a difference with the published result, naming the criterion', () => {
    const [computed] = of(fixture, 'test-centr') as ComputedView[];
    expect(computed!.comparison?.status).toBe('differs');
    const differing =
      computed!.comparison?.status === 'differs'
        ? computed!.comparison.compared.filter((d) => !d.withinTolerance).map((d) => d.id)
        : [];
    expect(differing).toEqual(['К2', 'S']);
  });

  it('shows «нет данных» with the reason when nobody used the site, and has nothing to compare with', () => {
    const [computed] = of(fixture, 'test-dom-kultury') as ComputedView[];
    expect(computed!.criteria[0]!.score).toMatchObject({ noData: true });
    expect('reason' in computed!.total && computed!.total.reason).toMatch(/К1/);
    expect(computed!.comparison).toBeNull();
  });

  it('orders an organization’s results newest first, the computed one before the published one it checks', () => {
    expect(of(fixture, 'test-biblioteka').map((r) => r.year)).toEqual([2018, 2017]);
    expect(of(fixture, 'test-muzey').map((r) => r.kind)).toEqual(['computed', 'published']);
  });
});

describe('assessmentKey', () => {
  const a = { organizationId: 'muzey', year: 2021, method: { id: '344н-2018' } };
  it('is equal exactly when sameAssessment holds', () => {
    expect(assessmentKey(a)).toBe(assessmentKey({ ...a }));
    expect(sameAssessment(a, { ...a })).toBe(true);
    for (const other of [
      { ...a, year: 2022 },
      { ...a, organizationId: 'shkola' },
      { ...a, method: { id: 'другая' } },
    ]) {
      expect(assessmentKey(other)).not.toBe(assessmentKey(a));
      expect(sameAssessment(a, other)).toBe(false);
    }
  });
  it('is null for an unknown year, which pairs with nothing', () => {
    expect(assessmentKey({ ...a, year: null })).toBeNull();
    expect(sameAssessment({ ...a, year: null }, { ...a, year: null })).toBe(false);
  });
});
