import { describe, expect, it } from 'vitest';
import {
  coverageAchieved,
  coverageAgainstTargets,
  coverageByYear,
  organizationsWithin,
  territoryAndDescendants,
  undatedOnly,
} from '../../../src/domain/results/index.ts';
import { fixtureDir, load, realDir } from './content.ts';

const fixture = load(fixtureDir);
const real = load(realDir);

describe('territory scope', () => {
  it('includes the territory and everything within it', () => {
    expect(territoryAndDescendants('oblast', fixture).sort()).toEqual(['oblast', 'rayon']);
    expect(organizationsWithin('oblast', fixture)).toHaveLength(5);
    expect(organizationsWithin('rayon', fixture)).toHaveLength(4);
  });

  it('gives a results page to every territory above an assessed organization, and to no other', () => {
    expect(real.resultTerritories.map((t) => t.id).sort()).toEqual([
      'abinskiy-rayon',
      'altayskiy-kray',
      'bogorodskiy-okrug',
      'gorod-lipetsk',
      'krasnodarskiy-kray',
      'lipetskaya-oblast',
      'mikhaylovskiy-rayon',
      'nizhegorodskaya-oblast',
      'rossiya',
      'sverdlovskaya-oblast',
    ]);
    expect(real.resultTerritoryIds.has('abinskiy-rayon')).toBe(true);
    expect(real.resultTerritoryIds.has('choyskiy-rayon')).toBe(false);
  });
});

describe('coverage achieved', () => {
  it('counts organizations with a result of the year among those the portal knows', () => {
    // rayon: museum and library assessed in 2018; school and house of culture not.
    expect(coverageAchieved(organizationsWithin('rayon', fixture), fixture, 2018)).toEqual({
      year: 2018,
      fromYear: 2018,
      assessed: 2,
      known: 4,
      share: 50,
    });
  });

  it('is undefined, not 0 %, when the portal knows no organization', () => {
    expect(coverageAchieved([], fixture, 2018).share).toBeNull();
  });

  it('lists every year with a result; the unknown year cannot be placed in any', () => {
    expect(coverageByYear('rossiya', real).map((c) => [c.year, c.assessed])).toEqual([
      [2015, 1],
      [2017, 16],
      [2021, 1],
    ]);
    expect(undatedOnly(organizationsWithin('rossiya', real), real)).toBe(2);
  });

  it('sets the plan’s target against the organizations of the plan’s spheres only', () => {
    const [row] = coverageAgainstTargets('oblast', fixture);
    // The plan covers culture and social: the school is not counted; 3 of 4 assessed in 2018.
    expect(row).toMatchObject({
      year: 2018,
      assessed: 3,
      known: 4,
      share: 75,
      spheres: ['culture', 'social'],
      target: { kind: 'range', min: 45, max: 50 },
    });
  });

  it('counts from the plan’s first year for a target «к концу года»', () => {
    const site = load(fixtureDir);
    const target = site.targetsByTerritory.get('oblast')![0]!;
    target.data.values[0] = { ...target.data.values[0]!, year: 2019, byEndOfYear: true };
    const [row] = coverageAgainstTargets('oblast', site);
    expect(row).toMatchObject({ year: 2019, fromYear: 2018, assessed: 4, known: 4, share: 100 });
  });

  it('compares the federal social-services target with the one social organization the portal knows', () => {
    const rows = coverageAgainstTargets('rossiya', real);
    expect(rows.map((r) => [r.year, r.assessed, r.known])).toEqual([
      [2016, 0, 1],
      [2017, 0, 1],
      [2018, 0, 1],
    ]);
  });
});
