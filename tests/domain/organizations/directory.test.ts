import { describe, expect, it } from 'vitest';
import { indexContent } from '../../../src/domain/contentIndex.ts';
import { TEST_AS_OF } from '../../helpers/contentGraph.ts';
import {
  organizationDirectory,
  territoriesWithOrganizations,
} from '../../../src/domain/organizations/directory.ts';
import { organizationSchema, territorySchema } from '../../../src/domain/schemas/index.ts';

const territory = (id: string, name: string, parent?: string) => ({
  id,
  filePath: `territories/${id}.yaml`,
  data: territorySchema.parse({
    name,
    level: parent === undefined ? 'federal' : parent === 'ru' ? 'regional' : 'municipal',
    ...(parent && { parent }),
  }),
});
const organization = (id: string, name: string, territoryId: string) => ({
  id,
  filePath: `organizations/${id}.yaml`,
  data: organizationSchema.parse({ name, sphere: 'culture', territory: territoryId }),
});

// Россия → two regions; the South has two districts, one of them without organizations.
const index = indexContent(
  {
    territories: [
      territory('ru', 'Россия'),
      territory('south', 'Южная область', 'ru'),
      territory('north', 'Северная область', 'ru'),
      territory('a', 'Абрикосовский район', 'south'),
      territory('b', 'Берёзовский район', 'south'),
    ],
    acts: [],
    plans: [],
    coverageTargets: [],
    councilMeetings: [],
    organizations: [
      organization('o1', 'Музей', 'a'),
      organization('o2', 'Библиотека', 'a'),
      organization('o3', 'Областной театр', 'south'),
      organization('o4', 'Архив', 'north'),
      organization('o5', 'Федеральный центр', 'ru'),
    ],
    results: [],
  },
  TEST_AS_OF,
);

describe('organization directory', () => {
  it('counts the organizations in and below every territory', () => {
    expect(Object.fromEntries(index.organizationCounts)).toEqual({
      ru: 5,
      south: 3,
      north: 1,
      a: 2,
    });
    expect(territoriesWithOrganizations(index).map((t) => t.id)).toEqual([
      'ru',
      'south',
      'north',
      'a',
    ]);
  });

  it('lists every organization in one table while they fit, by territory name then name', () => {
    const view = organizationDirectory(index, null, 5);
    expect(view.kind).toBe('organizations');
    expect(view.kind === 'organizations' && view.organizations.map((o) => o.id)).toEqual([
      'o2',
      'o1',
      'o5',
      'o4',
      'o3',
    ]);
  });

  it('over the limit lists the territories within with their counts, and the organizations of the territory itself', () => {
    const view = organizationDirectory(index, null, 4);
    expect(view.kind).toBe('territories');
    if (view.kind !== 'territories') return;
    expect(view.territories.map((t) => [t.territory.id, t.organizations])).toEqual([
      ['north', 1],
      ['south', 3],
    ]);
    expect(view.own.map((o) => o.id)).toEqual(['o5']);
  });

  it('a territory page applies the same rule to its own subtree, leaving out territories without organizations', () => {
    expect(organizationDirectory(index, 'south', 3)).toMatchObject({ kind: 'organizations' });
    const view = organizationDirectory(index, 'south', 2);
    expect(view.kind === 'territories' && view.territories.map((t) => t.territory.id)).toEqual([
      'a',
    ]);
    expect(view.kind === 'territories' && view.own.map((o) => o.id)).toEqual(['o3']);
  });
});
