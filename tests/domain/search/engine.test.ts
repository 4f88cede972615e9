import { describe, expect, it } from 'vitest';
import { engineOver, record } from './fixtures.ts';

const records = [
  record({
    href: '/plany/t/#measure-1',
    text: 'Проведение заседаний общественных советов по вопросам независимой оценки качества',
    details: [{ label: 'Срок исполнения', value: '1 раз в квартал' }],
  }),
  record({
    href: '/plany/t/#measure-2',
    text: 'Размещение анкеты на официальном сайте для интернет-опроса',
  }),
  record({
    href: '/plany/c/#measure-1-1',
    territory: 'choya',
    years: { from: 2016, to: 2018 },
    spheres: ['culture', 'education'],
    text: 'Рассмотрение на заседаниях общественного совета результатов независимой оценки',
  }),
  record({
    href: '/plany/c/#measure-3',
    territory: 'choya',
    years: { from: 2016, to: 2018 },
    spheres: ['culture'],
    text: 'Обеспечение технической возможности выражения мнений (анкета на сайте)',
  }),
  record({
    href: '/plany/rf/#measure-5',
    territory: 'rf',
    years: { from: 2016, to: 2018 },
    spheres: ['social', 'health'],
    text: 'Информирование о независимой оценке в средствах массовой информации',
  }),
  record({
    kind: 'meeting',
    href: '/territorii/choya/#meeting-m1',
    territory: 'choya',
    title: 'Заседание 1',
    years: { from: 2017, to: 2017 },
    spheres: ['culture'],
    text: 'О перечне организаций, в отношении которых проводится независимая оценка',
    context: 'Чойский район',
  }),
  record({
    href: '/plany/t/#measure-9',
    text: 'Подготовка отчёта',
    context: 'План мероприятий по независимой оценке — Республика Татарстан',
  }),
];

const hrefs = (r: { hits: { href: string }[] }) => r.hits.map((h) => h.href);

describe('Russian word forms', () => {
  it('finds measures written in other forms than the query', async () => {
    const { engine } = await engineOver(records);
    expect(hrefs(await engine.search('анкеты'))).toEqual(
      expect.arrayContaining(['/plany/t/#measure-2', '/plany/c/#measure-3']),
    );
    expect(hrefs(await engine.search('заседаниях общественного совета'))).toEqual(
      expect.arrayContaining(['/plany/t/#measure-1', '/plany/c/#measure-1-1']),
    );
    const independent = hrefs(await engine.search('независимой оценке'));
    expect(independent).toEqual(
      expect.arrayContaining([
        '/plany/t/#measure-1',
        '/plany/c/#measure-1-1',
        '/plany/rf/#measure-5',
        '/territorii/choya/#meeting-m1',
      ]),
    );
  });

  it('ranks the record written in the very forms of the query first', async () => {
    const { engine } = await engineOver(records);
    expect(hrefs(await engine.search('заседаниях общественного совета'))[0]).toBe(
      '/plany/c/#measure-1-1',
    );
    expect(hrefs(await engine.search('заседаний общественных советов'))[0]).toBe(
      '/plany/t/#measure-1',
    );
    expect(hrefs(await engine.search('независимой оценке'))[0]).toBe('/plany/rf/#measure-5');
  });

  it('ranks a match in the measure itself above a match in the name of its plan', async () => {
    const { engine } = await engineOver(records);
    const list = hrefs(await engine.search('независимая оценка'));
    expect(list.indexOf('/plany/t/#measure-9')).toBe(list.length - 1);
  });

  it('folds case, ё and punctuation in the query', async () => {
    const { engine } = await engineOver(records);
    expect(hrefs(await engine.search('«ОТЧЁТА»!'))).toEqual(['/plany/t/#measure-9']);
  });

  it('still finds a word misspelled in one letter, and a word being typed', async () => {
    const { engine } = await engineOver(records);
    const misspelt = await engine.search('анкиты ');
    expect(hrefs(misspelt)).toEqual(
      expect.arrayContaining(['/plany/t/#measure-2', '/plany/c/#measure-3']),
    );
    expect(misspelt.matchedStems).toEqual(['анкет']);
    expect(hrefs(await engine.search('незовисимой оценке'))).toHaveLength(5);
    expect(hrefs(await engine.search('засе'))).toEqual(
      expect.arrayContaining(['/plany/t/#measure-1', '/plany/c/#measure-1-1']),
    );
  });

  it('needs every word, and says so when it falls back to records with only some', async () => {
    const { engine } = await engineOver(records);
    const some = await engine.search('анкеты квартал');
    expect(some.partial).toBe(true);
    expect(hrefs(some)).toEqual(
      expect.arrayContaining(['/plany/t/#measure-1', '/plany/t/#measure-2', '/plany/c/#measure-3']),
    );
    const both = await engine.search('анкета сайт');
    expect(both.partial).toBe(false);
    expect(both.total).toBe(2);
  });

  it('marks the matched words in the title, snippet and details', async () => {
    const { engine } = await engineOver(records);
    const [hit] = (await engine.search('раз в квартал')).hits;
    expect(hit!.details[0]!.value).toEqual([
      ['1 ', false],
      ['раз', true],
      [' в ', false],
      ['квартал', true],
    ]);
    const [first] = (await engine.search('анкеты')).hits;
    expect(first!.snippet.filter(([, m]) => m).map(([t]) => t)).toEqual([
      expect.stringMatching(/^анкет/),
    ]);
  });
});

describe('filters', () => {
  it('narrows by region (with its municipalities), municipality and level', async () => {
    const { engine } = await engineOver(records);
    const q = 'независимой оценке';
    expect(hrefs(await engine.search(q, { region: 'altay' })).sort()).toEqual([
      '/plany/c/#measure-1-1',
      '/territorii/choya/#meeting-m1',
    ]);
    expect(hrefs(await engine.search(q, { region: 'altay', municipality: 'choya' }))).toHaveLength(
      2,
    );
    expect(hrefs(await engine.search(q, { level: 'federal' }))).toEqual(['/plany/rf/#measure-5']);
    expect((await engine.search(q, { level: 'regional' })).total).toBe(2);
    expect((await engine.search(q, { level: 'regional', region: 'altay' })).total).toBe(0);
  });

  it('narrows by year, sphere and kind of record', async () => {
    const { engine } = await engineOver(records);
    const q = 'независимой оценке';
    expect(hrefs(await engine.search(q, { kind: 'meeting' }))).toEqual([
      '/territorii/choya/#meeting-m1',
    ]);
    expect((await engine.search(q, { year: 2020 })).total).toBe(2);
    expect(
      (await engine.search(q, { year: 2017, sphere: 'education' })).hits.map((h) => h.href),
    ).toEqual(['/plany/c/#measure-1-1']);
    expect((await engine.search(q, { year: 1999 })).total).toBe(0);
  });

  it('counts everything that matches but returns only the page asked for', async () => {
    const { engine } = await engineOver(records);
    const page = await engine.search('независимой оценке', {}, 2);
    expect(page.hits).toHaveLength(2);
    expect(page.total).toBe(5);
  });
});

describe('loading on demand', () => {
  it('downloads only the files a query needs', async () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      record({ href: `/plany/p${i}/#measure-1`, text: `Мероприятие номер ${i} слово${i}` }),
    );
    const { engine, loaded, index } = await engineOver([...records, ...many], {
      termShardBytes: 300,
      recordBlock: 8,
      facetBlock: 64,
    });
    loaded.length = 0;
    await engine.search('анкеты', {}, 5);
    const terms = loaded.filter((f) => /^t\d+$/.test(f));
    expect(terms).toHaveLength(1);
    expect(loaded.filter((f) => /^f\d+$/.test(f))).toEqual([]);
    expect(loaded.length).toBeLessThan(index.files.size / 10);
  });
});

describe('what a journalist types', () => {
  const yearly = [2011, 2012, 2013, 2015, 2018].map((year) =>
    record({
      href: `/plany/y/#measure-${year}`,
      text: `Отчёт о проведении независимой оценки за ${year} год`,
      years: { from: year, to: year },
    }),
  );

  it('matches a number exactly: a year no record has finds nothing and says the match is partial', async () => {
    const { engine } = await engineOver([...records, ...yearly]);
    const absent = await engine.search('2019');
    expect(absent.total).toBe(0);
    expect(absent.partial).toBe(true);
    expect(absent.matchedStems).toEqual([]);
    const withWord = await engine.search('отчёт 2019');
    expect(withWord.partial).toBe(true);
    expect(withWord.matchedStems).toEqual(['отчет']);
    expect(hrefs(await engine.search('2015'))).toEqual(['/plany/y/#measure-2015']);
    // A number being typed is not completed into other years either.
    expect((await engine.search('201')).total).toBe(0);
  });

  it('finds a word misspelt in its first letter, downloading the second-letter dictionaries only then', async () => {
    const { engine, loaded } = await engineOver(records);
    loaded.length = 0;
    const substituted = await engine.search('онкеты ');
    expect(substituted.matchedStems).toEqual(['анкет']);
    expect(hrefs(substituted)).toEqual(
      expect.arrayContaining(['/plany/t/#measure-2', '/plany/c/#measure-3']),
    );
    expect(loaded.some((f) => f.startsWith('d2-'))).toBe(true);
    expect((await engine.search('нкеты ')).matchedStems).toEqual(['анкет']);
    expect((await engine.search('езависимой оценке')).partial).toBe(false);
    loaded.length = 0;
    await engine.search('анкиты ');
    expect(loaded.filter((f) => f.startsWith('d2-'))).toEqual([]);
  });

  it('reads a query typed in the Latin layout as Russian when it finds nothing as typed', async () => {
    const { engine } = await engineOver(records);
    const swapped = await engine.search('fyrtns');
    expect(swapped.readAs).toBe('анкеты');
    expect(hrefs(swapped)).toEqual(
      expect.arrayContaining(['/plany/t/#measure-2', '/plany/c/#measure-3']),
    );
    const nothing = await engine.search('qqqzzz');
    expect(nothing.total).toBe(0);
    expect(nothing.readAs).toBeUndefined();
    expect((await engine.search('анкеты')).readAs).toBeUndefined();
  });
});
