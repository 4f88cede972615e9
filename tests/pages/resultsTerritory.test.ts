// Route data of /rezultaty/<territory>/ on the results fixture.
import { describe, expect, it } from 'vitest';
import { indexContent } from '../../src/domain/contentIndex.ts';
import {
  resultsTerritoryPage,
  resultsTerritoryPaths,
} from '../../src/lib/pages/resultsTerritory.ts';
import { contentGraph, fixtureRoot, TEST_AS_OF } from '../helpers/contentGraph.ts';

const site = indexContent(contentGraph(fixtureRoot('results')), TEST_AS_OF);

describe('resultsTerritoryPage', () => {
  it('exists for every territory with results in or below it', () => {
    expect(resultsTerritoryPaths(site).map((p) => p.params.id)).toEqual(['oblast', 'rayon', 'rf']);
  });

  it('groups a territory’s results by method and year, each with its first page of rows', () => {
    const page = resultsTerritoryPage(site, 'oblast');
    expect(page.trail.map((t) => t.href)).toEqual(['/territorii/rf/', '/territorii/oblast/']);
    expect(page.below).toBe(true);
    expect(page.groups.length).toBeGreaterThan(0);
    for (const { group, firstPage } of page.groups) {
      expect(firstPage?.rows.length).toBeGreaterThan(0);
      expect(firstPage!.rows.length).toBeLessThanOrEqual(group.results.length);
    }
    expect(page.childrenWithResults).toEqual([
      { name: 'Тестовый район', href: '/rezultaty/rayon/' },
    ]);
    expect(page.csv.results).toBe('/dannye/rezultaty/oblast/rezultaty.csv');
    expect(page.files).toContain('organizations/test-muzey.yaml');
  });

  it('links the whole country’s rows to the national file', () => {
    expect(resultsTerritoryPage(site, 'rf').csv.results).toBe('/dannye/scores.csv');
  });
});
