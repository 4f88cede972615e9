import { describe, expect, it } from 'vitest';
import { OrganizationFinder } from '../../../src/domain/organizations/finder.ts';
import type { FinderShard } from '../../../src/domain/organizations/finderShards.ts';

const shard: FinderShard = {
  municipalities: [
    ['kamenskiy', 'Каменский район'],
    ['ozerskiy', 'Озёрский район'],
  ],
  organizations: [
    ['sosh-5', 'МБОУ «Средняя общеобразовательная школа № 5»', 0],
    ['sosh-15', 'МБОУ СОШ № 15', 0],
    ['sosh-5-oz', 'МБОУ «СОШ № 5» Озёрского района', 1],
    ['ds-5', 'МБДОУ «Детский сад № 5 «Солнышко»»', 0],
    ['sdk', 'МБУК «Сельский Дом культуры Берёзовского сельского поселения»', 1],
    ['cbs', 'МБУК «Каменская централизованная библиотечная система»', 0],
    ['crb', 'ГБУЗ «Озёрская центральная районная больница»', 1],
    ['kdc', 'МАУ «Абинский КДЦ»', -1],
  ],
};
const finder = new OrganizationFinder(shard);
const ids = (query: string, municipality?: number) =>
  finder.search(query, { limit: 10, municipality }).map((h) => h.id);

describe('the organization finder', () => {
  it('finds a school however its name is written, and never another number', () => {
    for (const q of ['школа 5 ', 'СОШ № 5 ', 'сош N5 ', 'средняя школа №5 ', 'МБОУ СОШ 5 '])
      expect(ids(q), q).toEqual(expect.arrayContaining(['sosh-5', 'sosh-5-oz']));
    expect(ids('школа 5 ')).not.toContain('sosh-15');
    expect(ids('сош 15 ')).toEqual(['sosh-15']);
  });

  it('tolerates typos, ё written as е and abbreviations on either side', () => {
    expect(ids('дом культуры березовского')[0]).toBe('sdk');
    expect(ids('ДК березовскаго')[0]).toBe('sdk');
    expect(ids('библиотка каменская')[0]).toBe('cbs');
    expect(ids('ЦБС каменская')[0]).toBe('cbs');
    expect(ids('озерская црб')[0]).toBe('crb');
    expect(ids('культурно-досуговый центр абинский')[0]).toBe('kdc');
    expect(ids('детский сад солнышко')[0]).toBe('ds-5');
  });

  it('narrows to a municipality, and lists the names with a number alone in the file’s (alphabetical) order', () => {
    expect(ids('школа 5 ', 1)).toEqual(['sosh-5-oz']);
    expect(ids('5 ')).toEqual(['sosh-5', 'sosh-5-oz', 'ds-5']);
    expect(ids('')).toEqual([]);
    expect(ids('ракета')).toEqual([]);
  });
});
