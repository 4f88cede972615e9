// Route data of /plany-ustraneniya/<territory>/ on the improvement fixture, as of 15.06.2020 (the
// day tests/build/improvement.test.ts builds it with, so the two agree).
import { describe, expect, it } from 'vitest';
import { indexContent } from '../../src/domain/contentIndex.ts';
import {
  improvementTerritoryPage,
  improvementTerritoryPaths,
} from '../../src/lib/pages/improvementTerritory.ts';
import { contentGraph, fixtureRoot } from '../helpers/contentGraph.ts';

const site = indexContent(contentGraph(fixtureRoot('improvement')), '2020-06-15');

describe('improvementTerritoryPage', () => {
  it('exists for every territory with a plan in or below it, and no other', () => {
    expect(
      improvementTerritoryPaths(site)
        .map((p) => p.params.territory)
        .sort(),
    ).toEqual(['oblast', 'rayon', 'rf', 'vtoraya-oblast']);
  });

  it('counts the measures of the territory and of each territory within it', () => {
    const page = improvementTerritoryPage(site, 'oblast');
    expect(page.title).toBe('Планы по устранению недостатков: Тестовая область');
    expect(page.trail).toEqual([{ name: 'Российская Федерация', href: '/plany-ustraneniya/rf/' }]);
    expect(page.tally.total).toBe(11);
    expect(page.children.map((c) => [c.name, c.href, c.tally.total])).toEqual([
      ['Тестовый район', '/plany-ustraneniya/rayon/', 8],
    ]);
    expect([page.synthetic, page.plans]).toEqual([1, 2]);
    expect(page.asOf).toBe('2020-06-15');
  });

  it('lists the plans of its own organizations with a link to each, and their late measures', () => {
    const page = improvementTerritoryPage(site, 'rayon');
    expect(page.hasOwnPlans).toBe(true);
    if (page.planLines.kind !== 'plans') throw new Error('expected one line per plan');
    expect(page.planLines.lines.map((l) => l.href)).toContain(
      '/organizatsii/test-muzey/#plan-ustraneniya-test-muzey-2019',
    );
    expect(page.late.total).toBe(page.late.rows.length);
    expect(page.lateLink).toEqual({
      href: '/plany-ustraneniya/prosrocheno/oblast/',
      text: 'Просроченные мероприятия: Тестовая область',
    });
  });

  it('points the whole country to the national list of late measures', () => {
    expect(improvementTerritoryPage(site, 'rf').lateLink).toEqual({
      href: '/plany-ustraneniya/prosrocheno/',
      text: 'Просроченные мероприятия по всей стране',
    });
  });
});
