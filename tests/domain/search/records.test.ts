// The records built from the real content, and the journalist's questions asked of them.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/domain/search/build.ts';
import { SearchEngine } from '../../../src/domain/search/engine.ts';
import { flattenMeasures } from '../../../src/domain/plans/measures.ts';
import { buildRecords, indexTerritories } from '../../../src/domain/search/records/index.ts';
import { loadRealContent } from './content.ts';

const site = loadRealContent();
const records = buildRecords(site);
const index = buildSearchIndex(records, indexTerritories(site));
const engine = await SearchEngine.open(async (file) => index.files.get(file));

describe('records from the content', () => {
  it('has one record per measure, linked to the measure anchor on its plan page', () => {
    const expected = site.graph.plans.flatMap((p) =>
      flattenMeasures(p.data).map((m) => `/plany/${p.id}/#${m.anchor}`),
    );
    const measures = records.filter((r) => r.kind === 'measure').map((r) => r.href);
    expect(measures).toEqual(expected);
    expect(measures).toContain('/plany/tatarstan-2018-2021/#measure-7-1');
  });

  it('has plans, their acts (at #act) and council meetings (at #meeting-<id>)', () => {
    const byKind = (kind: string) => records.filter((r) => r.kind === kind).map((r) => r.href);
    expect(byKind('plan')).toHaveLength(site.graph.plans.length);
    expect(byKind('act')).toContain('/plany/tatarstan-2018-2021/#act');
    // The repealed act's text is not held: it is shown among the editions of the plan that repealed it.
    expect(byKind('act')).toContain('/plany/tatarstan-2018-2021/#editions');
    expect(byKind('meeting')).toContain(
      '/territorii/choyskiy-rayon/#meeting-choyskiy-rayon-2016-01-zasedanie-1',
    );
  });

  it('keeps deadlines and executors with each measure', () => {
    const first = records.find((r) => r.href === '/plany/tatarstan-2018-2021/#measure-1')!;
    expect(first.details.find((d) => d.label === 'Срок исполнения')?.value).toBe(
      '1 раз в квартал в течение 2018 – 2021 годов',
    );
    expect(first.details.find((d) => d.label === 'Исполнители')?.value).toMatch(
      /^Министерство образования и науки/,
    );
  });
});

describe('the journalist’s questions', () => {
  it('«анкеты на сайте»: which plans promised to post the questionnaire, with the deadline', async () => {
    const result = await engine.search('анкеты на сайте');
    const hrefs = result.hits.map((h) => h.href);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/plany/tatarstan-2018-2021/#measure-2',
        '/plany/tatarstan-2018-2021/#measure-3',
      ]),
    );
    const deadline = result.hits
      .find((h) => h.href.endsWith('#measure-2'))!
      .details.find((d) => d.label === 'Срок исполнения');
    expect(deadline?.value.map(([t]) => t).join('')).toBe('постоянно');
  });

  it('«заседание общественного совета раз в квартал»: the plans with quarterly council meetings come first', async () => {
    const result = await engine.search('заседание общественного совета раз в квартал');
    expect(result.partial).toBe(false);
    expect(
      result.hits
        .slice(0, 2)
        .map((h) => h.href)
        .sort(),
    ).toEqual([
      '/plany/rossiya-mintrud-2016-2018/#measure-1',
      '/plany/tatarstan-2018-2021/#measure-1',
    ]);
  });

  it('«независимой оценке» finds measures that write «независимой оценки»', async () => {
    const result = await engine.search('независимой оценке', {
      region: 'tatarstan',
      kind: 'measure',
    });
    expect(result.hits.map((h) => h.href)).toContain('/plany/tatarstan-2018-2021/#measure-7');
    expect(result.partial).toBe(false);
  });
});
