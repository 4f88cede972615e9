import { describe, expect, it } from 'vitest';
import {
  buildFinderFiles,
  type FinderOrganization,
} from '../../../src/domain/organizations/finderShards.ts';

const kam = { id: 'kam', name: 'Каменский район' };
const ber = { id: 'ber', name: 'Берёзовский район' };
const region = { id: 'obl', name: 'Каменская область' };
const other = { id: 'kray', name: 'Алтайский край' };
const org = (
  id: string,
  sphere: FinderOrganization['sphere'],
  municipality: FinderOrganization['municipality'],
  r = region,
): FinderOrganization => ({ id, name: `Организация ${id}`, sphere, region: r, municipality });
const organizations = [
  org('b', 'education', kam),
  org('a', 'education', ber),
  org('c', 'education', null),
  org('d', 'culture', kam),
  org('e', 'health', null, other),
];

describe('finder files', () => {
  it('writes one file per region and sphere, names in alphabetical order, municipalities by index', () => {
    const { regions, shards } = buildFinderFiles(organizations, (s) => s);
    expect(regions.map((r) => r.id)).toEqual(['kray', 'obl']);
    expect(regions[1]!.spheres).toEqual({
      education: { count: 3, split: false },
      culture: { count: 1, split: false },
    });
    expect([...shards.keys()].sort()).toEqual(['kray/health', 'obl/culture', 'obl/education']);
    expect(shards.get('obl/education')).toEqual({
      municipalities: [
        ['ber', 'Берёзовский район'],
        ['kam', 'Каменский район'],
      ],
      organizations: [
        ['a', 'Организация a', 0],
        ['b', 'Организация b', 1],
        ['c', 'Организация c', -1],
      ],
    });
  });

  it('splits a region’s sphere by municipality when it is over the file budget', () => {
    const { regions, shards } = buildFinderFiles(organizations, (s) => s, 2);
    expect(regions[1]!.spheres.education).toEqual({
      count: 3,
      split: true,
      municipalities: [
        ['ber', 'Берёзовский район', 1],
        ['obl', 'Каменская область', 1],
        ['kam', 'Каменский район', 1],
      ],
    });
    expect(shards.get('obl/education/kam')!.organizations).toEqual([['b', 'Организация b', 0]]);
    expect(shards.get('obl/education/obl')!.organizations).toEqual([['c', 'Организация c', -1]]);
    expect(shards.has('obl/education')).toBe(false);
    expect(shards.has('obl/culture')).toBe(true);
  });
});
