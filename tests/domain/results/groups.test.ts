import { describe, expect, it } from 'vitest';
import {
  distribution,
  groupMean,
  groupResults,
  resultsWithin,
  sphereMeans,
} from '../../../src/domain/results/index.ts';
import { fixtureDir, load, realDir } from './content.ts';

const fixture = load(fixtureDir);
const real = load(realDir);

describe('groups by method and year', () => {
  it('never puts two methods or two years in one group; an unknown year is its own group', () => {
    const groups = groupResults(resultsWithin('rossiya', real));
    for (const g of groups) {
      expect(new Set(g.results.map((r) => r.method.id)).size).toBe(1);
      expect(new Set(g.results.map((r) => r.year)).size).toBe(1);
    }
    expect(groups.map((g) => g.id)).toEqual([
      '344n-2018-2021',
      'pre-2018-culture-160-2017',
      'pre-2018-education-160-2015',
      '344n-2018-bez-goda',
      'pre-2018-culture-bez-goda',
    ]);
  });

  it('counts an organization once: the published total when a computed one checks it', () => {
    const [g2018] = groupResults(resultsWithin('oblast', fixture)).filter((g) => g.year === 2018);
    expect(g2018!.results).toHaveLength(5);
    expect(g2018!.counted.map((r) => `${r.organizationId}:${r.kind}`).sort()).toEqual([
      'test-biblioteka:published',
      'test-centr:published',
      'test-muzey:published',
    ]);
  });

  it('averages the 16 Abinsk totals on their own 160-point scale', () => {
    const [abinsk] = groupResults(resultsWithin('abinskiy-rayon', real));
    const mean = groupMean(abinsk!.counted);
    expect(mean.counted).toBe(16);
    // 2088,82 / 16 = 130,55125, by hand from content/results/abinskiy-rayon-2017.csv.
    expect(mean.mean).toEqual({ value: 130.55 });
  });

  it('refuses to average totals of different methods', () => {
    expect(() => groupMean(resultsWithin('rossiya', real))).toThrow(/разных методик/);
  });
});

describe('distribution', () => {
  it('splits the 160-point scale into ten 16-point steps and counts every Abinsk total', () => {
    const [abinsk] = groupResults(resultsWithin('abinskiy-rayon', real));
    const buckets = distribution(abinsk!)!;
    expect(buckets.map((b) => b.from)).toEqual([0, 16, 32, 48, 64, 80, 96, 112, 128, 144]);
    expect(buckets.reduce((a, b) => a + b.count, 0)).toBe(16);
    // 93,3 (80–96), 118,5 (112–128), 145,01 and 146,7 (144–160).
    expect(buckets.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 1, 0, 6, 7, 2]);
  });

  it('puts a total equal to the maximum in the last, closed interval', () => {
    const [g] = groupResults(resultsWithin('abinskiy-rayon', real));
    const full = { ...g!, counted: [{ ...g!.counted[0]!, total: { value: 160 } }] };
    expect(distribution(full)!.at(-1)).toMatchObject({ closed: true, count: 1 });
  });

  it('is not built when the method’s maximum is unknown', () => {
    const lipetsk = groupResults(resultsWithin('gorod-lipetsk', real));
    expect(distribution(lipetsk[0]!)).toBeNull();
  });

  it('skips a total that could not be computed rather than counting it as 0', () => {
    const [g2019] = groupResults(resultsWithin('rayon', fixture));
    expect(g2019!.year).toBe(2019);
    expect(distribution(g2019!)!.reduce((a, b) => a + b.count, 0)).toBe(0);
  });
});

describe('means by sphere', () => {
  it('gives each sphere its own mean within the group', () => {
    const [g2018] = groupResults(resultsWithin('oblast', fixture)).filter((g) => g.year === 2018);
    const means = sphereMeans(g2018!);
    expect(means.map((m) => [m.sphere, m.mean, m.counted])).toEqual([
      ['culture', { value: 71.6 }, 2],
      ['social', { value: 83.4 }, 1],
    ]);
  });

  it('reports a sphere whose only total is «no data» as no data, with the organization skipped', () => {
    const [g2019] = groupResults(resultsWithin('rayon', fixture));
    expect(sphereMeans(g2019!)).toMatchObject([
      { sphere: 'culture', counted: 0, skipped: 1, mean: { noData: true } },
    ]);
  });
});
