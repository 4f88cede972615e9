// Route data of the late list on the improvement fixture, as of 15.06.2020 (the day
// tests/build/improvement.test.ts builds it with).
import { describe, expect, it } from 'vitest';
import { indexContent } from '../../src/domain/contentIndex.ts';
import { lateListPage, lateListPaths } from '../../src/lib/pages/lateList.ts';
import { contentGraph, fixtureRoot } from '../helpers/contentGraph.ts';

const site = indexContent(contentGraph(fixtureRoot('improvement')), '2020-06-15');
const paths = lateListPaths(site);
const pageAt = (filter: string | undefined) =>
  lateListPage(site, paths.find((p) => p.params.filter === filter)!.props);

describe('lateListPage', () => {
  it('has a page for the whole list and for each region and sphere with late measures', () => {
    const filters = paths.map((p) => p.params.filter);
    expect(filters).toContain(undefined);
    expect(filters).toEqual(expect.arrayContaining(['oblast', 'vtoraya-oblast', 'health']));
    expect(filters).not.toContain('vtoraya-oblast/culture');
  });

  it('offers only the filters that have a page, the current one marked', () => {
    const all = pageAt(undefined);
    expect(all.page.total).toBe(5);
    expect(all.allHref).toBeNull();
    expect(all.regionOptions.map((o) => [o.name, o.href, o.current])).toEqual([
      ['Все', '/plany-ustraneniya/prosrocheno/', true],
      ['Вторая тестовая область', '/plany-ustraneniya/prosrocheno/vtoraya-oblast/', false],
      ['Тестовая область', '/plany-ustraneniya/prosrocheno/oblast/', false],
    ]);
    const health = pageAt('oblast/health');
    expect(health.title).toBe(
      'Просроченные мероприятия планов по устранению недостатков: Тестовая область, охрана здоровья',
    );
    expect(health.allHref).toBe('/plany-ustraneniya/prosrocheno/');
    expect(health.sphereOptions.find((o) => o.current)?.href).toBe(
      '/plany-ustraneniya/prosrocheno/oblast/health/',
    );
    expect(health.pageLinks).toEqual([
      { n: 1, href: '/plany-ustraneniya/prosrocheno/oblast/health/', current: true },
    ]);
  });
});
