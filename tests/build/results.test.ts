// Organization and results pages built from the fake results fixture and from the real content.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, buildRealSite, readPage } from '../helpers/build.ts';
import { rowsFromCsv } from '../../src/domain/opendata/csv.ts';
import { resultRowSchema } from '../../src/domain/results/index.ts';

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');
const h1s = (html: string) => html.match(/<h1[\s>]/g)?.length ?? 0;

describe('the results fixture', () => {
  let outDir: string;
  beforeAll(async () => {
    // The contact (fixtureEnv) rides along on this build rather than costing a build of its own.
    const result = await buildFixture('results');
    expect(result.code, result.output).toBe(0);
    outDir = result.outDir;
  });
  const page = (p: string) => readPage(outDir, p);

  it('links the configured contact from the accessibility statement', () => {
    expect(page('dostupnost/index.html')).toContain(
      '<a href="mailto:dostupnost@example.ru">dostupnost@example.ru</a>',
    );
  });

  it('shows how a computed result was obtained and that it agrees with the published one', () => {
    const html = page('organizatsii/test-muzey/index.html');
    const t = text(html);
    expect(h1s(html)).toBe(1);
    expect(t).toContain('2018 — рассчитан порталом по исходным данным оператора');
    expect(t).toContain('Пдист = 30 баллов × Сдист, но не более 100');
    expect(t).toContain('(75,25 + 75 + 68,5 + 94,8 + 90,3) / 5');
    expect(t).toContain('Расчёт портала совпадает с опубликованным результатом');
    expect(t).toContain('80,77 из 100 — «отлично» по условной шкале портала');
    expect(html).toContain('href="/rezultaty/shkala/"');
    expect(t).toContain('Методика: Единый порядок расчёта показателей');
    expect(t).toContain('Насколько точно описана методика');
    expect(html).toContain('href="/rezultaty/metodika/344n-2018/"');
  });

  it('explains each method once, on its own page', () => {
    const t = text(page('rezultaty/metodika/344n-2018/index.html'));
    expect(t).toContain('Что означают критерии и показатели');
    expect(t).toMatch(/К1\. Открытость и доступность информации об организации \(до 100 баллов\)/);
    expect(t).toContain('Пдист');
    expect(t).toContain('344н-2018');
  });

  it('publishes published and computed scores together as the national «scores» dataset', () => {
    const rows = rowsFromCsv(resultRowSchema, page('dannye/scores.csv'));
    expect(rows).toEqual(JSON.parse(page('dannye/scores.json')));
    expect(
      rows.find((r) => r.organization_id === 'test-muzey' && r.kind === 'computed'),
    ).toMatchObject({ year: 2018, total: 80.77, comparison: 'agrees' });
    expect(
      rows.find((r) => r.organization_id === 'test-centr' && r.kind === 'computed'),
    ).toMatchObject({ comparison: 'differs' });
  });

  it('flags a computed result that differs from the published one, criterion by criterion', () => {
    const t = text(page('organizatsii/test-centr/index.html'));
    expect(t).toContain('Расчёт портала расходится с опубликованным результатом');
    expect(t).toMatch(/К2 77 88 -11 расходится/);
  });

  it('shows «нет данных» with its reason where nobody used the site, and no band for it', () => {
    const t = text(page('organizatsii/test-dom-kultury/index.html'));
    expect(t).toMatch(/знаменатель Чсайт равен нулю/);
    expect(t).toMatch(/Итоговый балл нет данных: не рассчитывается без критерия К1/);
    expect(t).not.toMatch(/«(отлично|хорошо|удовлетворительно)»/);
  });

  it('links the survey, says the improvement plan is not published, and ships no JS without a chart', () => {
    const html = page('organizatsii/test-shkola/index.html');
    expect(html).toContain('href="/anketa/obrazovanie/?org=test-shkola"');
    expect(text(html)).toContain('Код организации для анкеты: test-shkola');
    expect(text(html)).toContain('План по устранению недостатков не опубликован на портале');
    expect(text(html)).toContain('Результатов оценки этой организации на портале нет');
    expect(html).not.toMatch(/<script/);
    // A chart is its data next to the table and one external module script: no island, no inline loader.
    const withChart = page('organizatsii/test-muzey/index.html');
    expect(withChart).toMatch(/<canvas role="img"[^>]+data-chart="\{&quot;labels&quot;/);
    expect(withChart).toMatch(/<script type="module" src="[^"]+\.js"><\/script>/);
    expect(withChart).not.toMatch(/<astro-island|data-astro-cid/);
  });

  it('gives a parent territory a results page that aggregates its municipality, by method and year', () => {
    const html = page('rezultaty/oblast/index.html');
    const t = text(html);
    expect(h1s(html)).toBe(1);
    expect(t).toContain('Результаты независимой оценки: Тестовая область');
    for (const org of ['test-muzey', 'test-biblioteka', 'test-centr', 'test-dom-kultury'])
      expect(html).toContain(`href="/organizatsii/${org}/"`);
    expect(html).toContain('id="344n-2018-2018"');
    expect(html).toContain('id="pre-2018-culture-160-2017"');
    expect(t).toMatch(/культура 71,6 2 0/);
    expect(t).toMatch(/2018 от 45 до 50 % \( план \) культура, социальное обслуживание 3 4 75 %/);
    expect(t).toContain('доля оценённых среди известных порталу завышена');
    expect(fs.existsSync(path.join(outDir, 'rezultaty/rf/index.html'))).toBe(true);
  });

  it('lists the organizations of the whole portal and of each territory, linked from the territory page', () => {
    const all = page('organizatsii/index.html');
    for (const org of ['test-muzey', 'test-biblioteka', 'test-centr', 'test-dom-kultury'])
      expect(all).toContain(`href="/organizatsii/${org}/"`);
    const oblast = page('territorii/oblast/organizatsii/index.html');
    expect(h1s(oblast)).toBe(1);
    expect(text(oblast)).toContain('Организации: Тестовая область');
    expect(oblast).toContain('href="/organizatsii/test-muzey/"');
    expect(page('territorii/oblast/index.html')).toContain(
      'href="/territorii/oblast/organizatsii/"',
    );
  });

  it('explains the bands once, as the portal’s convention, with thresholds', () => {
    const t = text(page('rezultaty/shkala/index.html'));
    expect(t).toContain('условное деление портала, не установлено приказом');
    expect(t).toMatch(/отлично от 80 до 100 включительно/);
    expect(t).toMatch(/неудовлетворительно от 0 до 20 \(не включая\)/);
    expect(t).toContain('К итогам по методикам до 2018 года');
  });

  it('offers the table behind each page as CSV that reads back', () => {
    const rows = rowsFromCsv(resultRowSchema, page('dannye/rezultaty/oblast/rezultaty.csv'));
    expect(rows).toHaveLength(7);
    expect(
      rows
        .filter((r) => r.kind === 'computed')
        .map((r) => r.comparison)
        .sort(),
    ).toEqual(['agrees', 'differs', null]);
    expect(page('dannye/rezultaty/oblast/raspredelenie.csv')).toMatch(
      /^\uFEFFmethod,year,from,to,count\r\n/,
    );
    expect(rows.filter((r) => r.organization_id === 'test-muzey')).toHaveLength(2);
    expect(page('organizatsii/test-muzey/index.html')).toContain(
      'href="/dannye/rezultaty/rayon/rezultaty.csv" download',
    );
  });

  it('links the whole country’s results to the national file instead of writing the same rows twice', () => {
    expect(page('rezultaty/rf/index.html')).toContain('href="/dannye/scores.csv" download');
    expect(fs.existsSync(path.join(outDir, 'dannye/rezultaty/rf/rezultaty.csv'))).toBe(false);
    expect(page('dannye/rezultaty/rf/raspredelenie.csv')).toMatch(
      /^\uFEFFmethod,year,from,to,count\r\n/,
    );
  });
});

describe('the real content', () => {
  let outDir: string;
  beforeAll(async () => {
    const result = await buildRealSite();
    expect(result.code, result.output).toBe(0);
    outDir = result.outDir;
  });
  const page = (p: string) => readPage(outDir, p);

  it('shows an old-method total on its 160-point scale, without a band and without JS', () => {
    const html = page('organizatsii/kinoteatr-soyuz/index.html');
    const t = text(html);
    expect(t).toMatch(/Итоговый балл 131 из 160/);
    expect(t).toContain(
      'Независимая оценка качества оказания услуг организациями культуры (до 2018 года, до 160 баллов)',
    );
    expect(t).not.toMatch(/«(отлично|хорошо|удовлетворительно|ниже среднего|неудовлетворительно)»/);
    expect(html).not.toMatch(/<script/);
  });

  it('keeps unpublished criteria and unknown years as such', () => {
    expect(text(page('organizatsii/mikhaylovskiy-mkc/index.html'))).toMatch(
      /К4\. Доброжелательность, вежливость работников организации не опубликовано/,
    );
    expect(text(page('organizatsii/csp-semi-i-detey-bogorodsk/index.html'))).toContain(
      'год не указан — опубликованный результат',
    );
  });

  it('aggregates every assessed organization on the federal results page, never mixing methods', () => {
    const t = text(page('rezultaty/rossiya/index.html'));
    expect(t).toContain(
      '20 организаций с результатами оценки, включая организации территорий в составе',
    );
    expect(t).toContain('Итоговые баллы организаций: культура, до 2018 года, до 160 баллов, 2017');
    expect(t).toContain(
      'Итоговые баллы организаций: Единый порядок 2018 года (приказ № 344н), 2021',
    );
    // Methods by their Russian names: the ids are for the data files only (the page history
    // below quotes commit messages as they were written).
    expect(t.split('История изменений')[0]).not.toMatch(/pre-2018-culture-160|344н-2018/);
    expect(page('rezultaty/index.html')).toContain('href="/rezultaty/abinskiy-rayon/"');
  });
});
