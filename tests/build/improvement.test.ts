// Improvement plans (ПП № 457) built from the fixture with every status, as of 15.06.2020.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, readPage, type BuildResult } from '../helpers/build.ts';
import { checkLinks } from '../helpers/links.ts';
import { improvementRowSchema } from '../../src/domain/progress/index.ts';
import { rowsFromCsv } from '../../src/domain/opendata/csv.ts';

let built: BuildResult;
const page = (file: string) => readPage(built.outDir, file);
const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  built = await buildFixture('improvement');
  expect(built.code, built.output).toBe(0);
});

describe('the plan on its organization page', () => {
  it('groups the rows by the five criteria, each with dates, official and status', () => {
    const html = page('organizatsii/test-muzey/index.html');
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain('id="plan-ustraneniya-test-muzey-2019"');
    const headings = [...html.matchAll(/<h4 id="test-muzey-2019-(k\d)"[^>]*>([^<]+)/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(headings).toEqual([
      ['k1', 'К1. Открытость и доступность информации об организации'],
      ['k2', 'К2. Комфортность условий предоставления услуг'],
      ['k3', 'К3. Доступность услуг для инвалидов'],
      ['k4', 'К4. Доброжелательность, вежливость работников организации'],
      ['k5', 'К5. Удовлетворённость условиями оказания услуг'],
    ]);
    const t = text(html);
    for (const label of [
      'Выполнено в срок',
      'Выполнено с опозданием',
      'Просрочено',
      'Выполняется',
      'Срок не наступил',
      'Сведений об исполнении нет',
    ])
      expect(t).toContain(label);
    expect(t).toContain('Тестова Т. Т., директор');
    expect(t).toContain('Выполнено 10.04.2020, плановый срок — 01.03.2020: опоздание 40 дн.');
    expect(t).toContain('Плановый срок — 15.06.2020, он ещё не наступил');
    expect(t).toContain('как в плане: «постоянно»');
    expect(html).toContain('href="/organizatsii/test-muzey/#rezultat-ocenka-1"');
    expect(html).toContain('id="test-muzey-2019-punkt-3"');
  });

  it('labels a synthetic plan as such', () => {
    const t = text(page('organizatsii/test-poliklinika/index.html'));
    expect(t).toContain(
      'Синтетические данные. Это демонстрационный пример, а не настоящий план организации',
    );
    expect(t).toContain('Выполнено 01.03.2020, плановый срок — 29.02.2020: опоздание 1 дн.');
    expect(text(page('organizatsii/test-muzey/index.html'))).not.toContain('Синтетические данные');
    expect(fs.existsSync(path.join(built.outDir, 'plany-ustraneniya/plan'))).toBe(false);
  });
});

describe('the territory view', () => {
  it('counts by status with the share done on time, for the territory and those within it', () => {
    const t = text(page('plany-ustraneniya/oblast/index.html'));
    expect(t).toContain(
      'Выполнено в срок 1 Выполнено с опозданием 2 Просрочено 2 Выполняется 1 Срок не наступил 2 Сведений об исполнении нет 3 Всего 11 Доля выполненных в срок 14,3 %',
    );
    expect(t).toContain('Тестовый район 8 1 1 1 1 2 2 25 %');
    expect(t).toContain('Демонстрационных планов здесь: 1 из 2');
    expect(text(page('plany-ustraneniya/rf/index.html'))).toContain(
      'Всего 13 Доля выполненных в срок 22,2 %',
    );
  });
});

describe('the list of late measures', () => {
  const rowsOf = (file: string) =>
    [...page(file).matchAll(/<th scope="row"[^>]*>\s*<a href="\/organizatsii\/([a-z-]+)\/"/g)].map(
      (m) => m[1],
    );

  it('lists every late measure in the country, longest overdue first, as plain HTML', () => {
    const html = page('plany-ustraneniya/prosrocheno/index.html');
    expect(rowsOf('plany-ustraneniya/prosrocheno/index.html')).toEqual([
      'test-poliklinika',
      'test-muzey',
      'test-poliklinika',
      'test-muzey',
      'test-shkola',
    ]);
    expect(html).not.toMatch(/<script/);
    expect(text(html)).toContain('5 мероприятий');
  });

  it('filters by region and by sphere through links to static pages', () => {
    const html = page('plany-ustraneniya/prosrocheno/index.html');
    for (const href of [
      '/plany-ustraneniya/prosrocheno/oblast/',
      '/plany-ustraneniya/prosrocheno/vtoraya-oblast/',
      '/plany-ustraneniya/prosrocheno/health/',
    ])
      expect(html).toContain(`href="${href}"`);
    expect(rowsOf('plany-ustraneniya/prosrocheno/vtoraya-oblast/index.html')).toEqual([
      'test-shkola',
    ]);
    expect(rowsOf('plany-ustraneniya/prosrocheno/health/index.html')).toEqual([
      'test-poliklinika',
      'test-poliklinika',
    ]);
    expect(rowsOf('plany-ustraneniya/prosrocheno/oblast/culture/index.html')).toEqual([
      'test-muzey',
      'test-muzey',
    ]);
    expect(page('plany-ustraneniya/prosrocheno/oblast/health/index.html')).toMatch(
      /<a href="\/plany-ustraneniya\/prosrocheno\/oblast\/health\/" aria-current="page"[^>]*>охрана здоровья<\/a>/,
    );
    expect(
      fs.existsSync(
        path.join(built.outDir, 'plany-ustraneniya/prosrocheno/vtoraya-oblast/culture/index.html'),
      ),
    ).toBe(false);
  });
});

describe('the download and the plans of measures', () => {
  it('gives the same statuses in the territory CSV', () => {
    const rows = rowsFromCsv(improvementRowSchema, page('plany-ustraneniya/oblast.csv'));
    expect(new Set(rows.map((r) => r.organization_id))).toEqual(
      new Set(['test-muzey', 'test-poliklinika']),
    );
    const muzey = rows.filter((r) => r.plan_id === 'test-muzey-2019').map((r) => r.status);
    expect(muzey).toEqual([
      'doneOnTime',
      'doneLate',
      'overdue',
      'inProgress',
      'notYetDue',
      'noReport',
      'noReport',
      'notYetDue',
    ]);
    expect(rows.find((r) => r.plan_id === 'test-poliklinika-2019')).toMatchObject({
      synthetic: true,
      sphere: 'health',
      days_late: 1,
    });
  });

  it('publishes every row nationally as open data: the CSV reads back to the JSON records', () => {
    const csv = rowsFromCsv(improvementRowSchema, page('dannye/improvement-plans.csv'));
    expect(csv).toHaveLength(13);
    expect(csv).toEqual(JSON.parse(page('dannye/improvement-plans.json')));
    const key = (r: { plan_id: string; number: number }) =>
      `${r.plan_id}#${String(r.number).padStart(3, '0')}`;
    const byKey = (
      a: { plan_id: string; number: number },
      b: { plan_id: string; number: number },
    ) => key(a).localeCompare(key(b));
    const regions = ['oblast', 'vtoraya-oblast'].flatMap((id) =>
      rowsFromCsv(improvementRowSchema, page(`plany-ustraneniya/${id}.csv`)),
    );
    expect([...csv].sort(byKey)).toEqual(regions.sort(byKey));
  });

  it('links the whole country to the national file instead of writing the same rows twice', () => {
    expect(page('plany-ustraneniya/rf/index.html')).toContain(
      'href="/dannye/improvement-plans.csv" download',
    );
    expect(fs.existsSync(path.join(built.outDir, 'plany-ustraneniya/rf.csv'))).toBe(false);
  });

  it('shows the status of a plan measure that carries an execution report', () => {
    const t = text(page('plany/oblast-plan/index.html'));
    expect(t).toContain(
      'Выполнено с опозданием. Выполнено 20.03.2019, плановый срок — 14.03.2019: опоздание 6 дн.',
    );
    expect(t).toContain('Сведений об исполнении нет');
  });

  it('has no broken internal link or anchor', () => {
    const report = checkLinks(built.outDir, '/');
    expect(report.broken, JSON.stringify(report.broken.slice(0, 10), null, 1)).toEqual([]);
  });
});
