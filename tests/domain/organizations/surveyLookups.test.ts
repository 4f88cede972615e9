// The finder's files and the survey directory as fields of the content index, on the results
// fixture: a region (oblast) with a municipality (rayon) inside it.
import { describe, expect, it } from 'vitest';
import { indexContent } from '../../../src/domain/contentIndex.ts';
import { entryIn, shardOf } from '../../../src/domain/survey-client/organizationDirectory.ts';
import { contentGraph, fixtureRoot, TEST_AS_OF } from '../../helpers/contentGraph.ts';

const site = indexContent(contentGraph(fixtureRoot('results')), TEST_AS_OF);

describe('finder files of the content index', () => {
  it('lists each organization under its region, with its municipality when it has one', () => {
    expect(site.finder.regions.map((r) => r.id)).toEqual(['oblast']);
    const shard = [...site.finder.shards.values()].find((s) =>
      s.organizations.some(([id]) => id === 'test-muzey'),
    )!;
    const [, , municipality] = shard.organizations.find(([id]) => id === 'test-muzey')!;
    expect(shard.municipalities[municipality]).toEqual(['rayon', 'Тестовый район']);
    const centre = [...site.finder.shards.values()]
      .flatMap((s) => s.organizations)
      .find(([id]) => id === 'test-centr');
    expect(centre?.[2]).toBe(-1);
  });
});

describe('survey directory of the content index', () => {
  it('holds every organization in the shard its id hashes to, with its territory’s name', () => {
    const { shardCount, shards } = site.surveyDirectory;
    expect(shards).toHaveLength(shardCount);
    for (const o of site.graph.organizations)
      expect(entryIn(shards[shardOf(o.id, shardCount)], o.id)?.name).toBe(o.data.name);
    expect(entryIn(shards[shardOf('test-muzey', shardCount)], 'test-muzey')?.territory).toBe(
      'Тестовый район',
    );
  });
});
