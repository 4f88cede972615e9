// The questionnaire, results pages and coverage sections in the index, built from the real
// content with its results and coverage targets.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/domain/search/build.ts';
import { SearchEngine } from '../../../src/domain/search/engine.ts';
import { buildRecords, indexTerritories } from '../../../src/domain/search/records/index.ts';
import { load, realDir } from '../results/content.ts';

const site = load(realDir);
const records = buildRecords(site);
const index = buildSearchIndex(records, indexTerritories(site));
const engine = await SearchEngine.open(async (file) => index.files.get(file));
const hrefs = async (query: string, filters = {}) =>
  (await engine.search(query, filters)).hits.map((h) => h.href);

describe('the portal’s own pages in the search', () => {
  it('«анкета» leads first to the page where one answers it, then to each variant', async () => {
    const list = await hrefs('анкета');
    expect(list[0]).toBe('/anketa/');
    expect(list).toEqual(
      expect.arrayContaining([
        '/anketa/kultura/',
        '/anketa/sotsialnoe-obsluzhivanie/',
        '/anketa/okhrana-zdorovya/',
        '/anketa/obrazovanie/',
      ]),
    );
    expect(await hrefs('анкета', { kind: 'page', sphere: 'health' })).toEqual([
      '/anketa/',
      '/anketa/okhrana-zdorovya/',
    ]);
  });

  it('finds a questionnaire by the words of its questions', async () => {
    expect((await hrefs('своевременно предоставлена услуга', { kind: 'page' })).sort()).toEqual([
      '/anketa/okhrana-zdorovya/',
      '/anketa/sotsialnoe-obsluzhivanie/',
    ]);
  });

  it('has every results page, and its coverage section', async () => {
    const withResults = site.resultTerritories.map((t) => t.id);
    expect(withResults.length).toBeGreaterThan(0);
    expect(records.filter((r) => r.kind === 'result').map((r) => r.href)).toEqual(
      withResults.map((id) => `/rezultaty/${id}/`),
    );
    expect(
      records
        .filter((r) => r.kind === 'coverage' && r.href.startsWith('/rezultaty/'))
        .map((r) => r.href),
    ).toEqual(withResults.map((id) => `/rezultaty/${id}/#coverage`));
    const abinsk = site.territoryById.get('abinskiy-rayon')!.data.name;
    expect(await hrefs(`результаты оценки ${abinsk}`)).toContain('/rezultaty/abinskiy-rayon/');
    expect(await hrefs('охват оценкой', { kind: 'coverage' })).toContain(
      '/rezultaty/abinskiy-rayon/#coverage',
    );
  });

  it('has the coverage targets of each territory page, by the indicator as written', async () => {
    const [territoryId, [target]] = [...site.targetsByTerritory][0]!;
    const found = await hrefs(target!.data.indicatorAsWritten, { kind: 'coverage' });
    expect(found).toContain(`/territorii/${territoryId}/#targets`);
  });
});
