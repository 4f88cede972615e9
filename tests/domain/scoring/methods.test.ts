import { describe, expect, it } from 'vitest';
import {
  methodById,
  methods,
  scoringMethodSchema,
  type ComputableMethod,
} from '../../../src/domain/scoring/index.ts';

const m344 = methodById('344н-2018') as ComputableMethod;
const weightsOf = (id: string) =>
  Object.fromEntries(
    m344.criteria.find((c) => c.id === id)!.indicators.map((i) => [i.id, i.weight]),
  );

describe('method registry', () => {
  it('knows the 2018 method and the three historical ones', () => {
    expect(Object.keys(methods).sort()).toEqual([
      '344н-2018',
      'pre-2018-culture',
      'pre-2018-culture-160',
      'pre-2018-education-160',
    ]);
    expect(() => methodById('нет-такой')).toThrow(/Неизвестная методика оценки «нет-такой»/);
  });

  it('344н-2018: five criteria of 0–100, equal weight in the total', () => {
    expect(m344).toMatchObject({ kind: 'computable', maxTotal: 100 });
    expect(m344.criteria.map((c) => [c.id, c.max, c.weightInTotal])).toEqual(
      ['К1', 'К2', 'К3', 'К4', 'К5'].map((id) => [id, 100, 0.2]),
    );
  });

  it('344н-2018: weights within criteria as in docs/domain.md §8', () => {
    expect(weightsOf('К1')).toEqual({ Пинф: 0.3, Пдист: 0.3, Поткруд: 0.4 });
    expect(weightsOf('К2')).toEqual({ 'Пкомф.усл': 0.3, Пожид: 0.4, Пкомфуд: 0.3 });
    expect(weightsOf('К3')).toEqual({ Поргдост: 0.3, Пуслугдост: 0.4, Пдостуд: 0.3 });
    expect(weightsOf('К4')).toEqual({
      'Пперв.контуд': 0.4,
      'Показ.услугуд': 0.4,
      'Пвежл.дистуд': 0.2,
    });
    expect(weightsOf('К5')).toEqual({ Преком: 0.3, 'Порг.услуд': 0.2, Пуд: 0.5 });
    expect(m344.criteria[1]!.sphereVariant).toMatchObject({
      spheres: ['culture', 'education'],
      weights: { 'Пкомф.усл': 0.5, Пкомфуд: 0.5 },
    });
  });

  it('344н-2018: each displayed formula names its indicator and every symbol the computation uses', () => {
    for (const i of m344.criteria.flatMap((c) => c.indicators)) {
      const symbols =
        i.rule.kind === 'shares'
          ? i.rule.terms.flatMap((t) => [t.numerator.symbol, t.denominator.symbol])
          : [i.rule.count.symbol, String(i.rule.pointsPerUnit), String(i.rule.cap)];
      expect(i.formula.startsWith(`${i.id} = `), i.id).toBe(true);
      for (const s of symbols) expect(i.formula, `${i.id}: ${s}`).toContain(s);
    }
  });

  it('marks its certainty: formulas still to be checked against the act', () => {
    expect(m344.certainty.level).toBe('check');
    expect(m344.act?.reference).toMatch(/от 31\.05\.2018 № 344н/);
  });

  it('pre-2018 education: criterion maxima 40/70/20/30 add up to the 160 maximum', () => {
    const m = methodById('pre-2018-education-160');
    expect(m.kind).toBe('publishedOnly');
    expect(m.criteria.map((c) => c.max)).toEqual([40, 70, 20, 30]);
    expect(m.criteria.reduce((a, c) => a + (c.max ?? 0), 0)).toBe(m.maxTotal);
  });

  it('pre-2018 culture: 160 points, criteria unknown; Lipetsk: maximum unknown', () => {
    expect(methodById('pre-2018-culture-160')).toMatchObject({ maxTotal: 160, criteria: [] });
    const lipetsk = methodById('pre-2018-culture');
    expect(lipetsk.maxTotal).toBeNull();
    expect(lipetsk.criteria.map((c) => c.max)).toEqual([null, null, null]);
  });

  it('every fact carries a certainty', () => {
    for (const m of Object.values(methods)) {
      expect(m.facts.length, m.id).toBeGreaterThan(0);
      for (const f of m.facts) expect(['law', 'practice', 'check']).toContain(f.certainty);
    }
  });

  it('the schema rejects weights that do not add up to 1', () => {
    const broken = structuredClone(m344);
    broken.criteria[0]!.indicators[0]!.weight = 0.5;
    expect(() => scoringMethodSchema.parse(broken)).toThrow(/веса показателей в сумме не равны 1/);
  });

  it('the schema rejects a formula bound to an unknown input', () => {
    const broken = structuredClone(m344);
    const rule = broken.criteria[0]!.indicators[1]!.rule;
    if (rule.kind === 'pointsPerUnit') rule.count.quantity = 'socialNetworks';
    expect(() => scoringMethodSchema.parse(broken)).toThrow(/quantity/);
  });
});
