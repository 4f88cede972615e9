// SYNTHETIC plans: small made-up tables in the seeds' layout, one rule of the importer each.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToLayout } from '../../../src/domain/plans/import/docx.ts';
import { importPlan } from '../../../src/domain/plans/import/index.ts';
import { formatReport } from '../../../src/domain/plans/import/report.ts';

const header =
  '№ п/п\tНаименование мероприятия\tСрок исполнения\tОтветственный исполнитель\tРезультат';
const plan = (
  rows: string[],
  title = 'План мероприятий в сфере культуры и образования на 2019-2021 годы',
) => [title, '', header, ...rows, ''].join('\n');
const run = (text: string) => importPlan(text, { sourceFile: 'sources/x.txt' });
const measures = (text: string) => run(text).plan['measures'] as Record<string, unknown>[];

describe('importPlan: measures from a grid table', () => {
  it('nests sub-items under the number they extend and keeps numbers as written', () => {
    const m = measures(
      plan([
        '1.\tОрганизация\t\t\t',
        '1.1.\tПервое\tдо 31.12.2019\tОтдел\tАкт',
        '1.2\tВторое\t2020 год\tОтдел\t',
        '2.\tДругое\tпостоянно\tОтдел\t',
      ]),
    );
    expect(m.map((x) => x['number'])).toEqual(['1.', '2.']);
    expect((m[0]!['items'] as Record<string, unknown>[]).map((x) => x['number'])).toEqual([
      '1.1.',
      '1.2',
    ]);
    expect(m[0]).toEqual({ number: '1.', text: 'Организация', items: expect.any(Array) });
    expect((m[0]!['items'] as object[])[0]).toEqual({
      number: '1.1.',
      text: 'Первое',
      deadline: 'до 31.12.2019',
      executors: ['Отдел'],
      result: 'Акт',
    });
  });

  it('puts unnumbered rows that give the missing deadline under the row above, dashes dropped, with letter anchors', () => {
    const m = measures(
      plan([
        '1.\tРазмещение:\t\tОтдел\t',
        '\t- перечень\tЕжегодно - январь\t\t',
        '\t- сведения\tпостоянно\t\t',
      ]),
    );
    expect(m[0]!['items']).toEqual([
      { number: null, anchor: '1-a', text: 'перечень', deadline: 'Ежегодно - январь' },
      { number: null, anchor: '1-b', text: 'сведения', deadline: 'постоянно' },
    ]);
  });

  it('keeps an unnumbered row beside a row that has its own deadline', () => {
    const m = measures(plan(['1.\tА\t2019 год\tОтдел\t', '\t- Б\t2020 год\tОтдел\t']));
    expect(m.map((x) => [x['number'], x['anchor'], x['text']])).toEqual([
      ['1.', undefined, 'А'],
      [null, '1-a', '- Б'],
    ]);
  });

  it('takes a row with only a heading as the section of the next measure', () => {
    const m = measures(
      plan(['I. Организационные мероприятия\t\t\t\t', '1.\tА\t2019 год\tОтдел\t']),
    );
    expect(m[0]).toMatchObject({ number: '1.', section: 'I. Организационные мероприятия' });
  });

  it('splits «-» paragraphs into sub-items when every filled column has one paragraph per bullet', () => {
    const m = measures(
      plan([
        '1.\t<p>Сопровождение:</p> <p>- на сайте;</p> <p>- в СМИ</p>\t<p>постоянно</p> <p>2020 год</p>\t<p>Отдел А</p> <p>Отдел Б</p>\t',
      ]),
    );
    expect(m[0]).toEqual({
      number: '1.',
      text: 'Сопровождение:',
      items: [
        {
          number: null,
          anchor: '1-a',
          text: 'на сайте;',
          deadline: 'постоянно',
          executors: ['Отдел А'],
        },
        {
          number: null,
          anchor: '1-b',
          text: 'в СМИ',
          deadline: '2020 год',
          executors: ['Отдел Б'],
        },
      ],
    });
    // One executor for two bullets: the row stays one measure, its cells as written.
    expect(
      measures(
        plan([
          '1.\t<p>Сопровождение:</p> <p>- на сайте;</p> <p>- в СМИ</p>\t<p>постоянно</p> <p>2020 год</p>\tОтдел\t',
        ]),
      )[0],
    ).toMatchObject({
      text: 'Сопровождение: - на сайте; - в СМИ',
      deadline: 'постоянно 2020 год',
      executors: ['Отдел'],
    });
  });

  it('reports what it cannot place, with the line, and readings to check', () => {
    const { report } = run(
      plan([
        '1.\tА\t2019 год\tКолбанов В.Ф. Петрова С.В.\t',
        'Итого:\tвсе\t\t\t',
        '3.1.\tБ\t2020 год\tОтдел\t',
      ]),
    );
    expect(report.unplaced).toEqual([
      { at: 5, text: 'Итого: | все |  |  | ', reason: 'в графе «№» не номер пункта: «Итого:»' },
    ]);
    expect(report.notes.map((n) => `${n.at} ${n.text}`)).toEqual([
      expect.stringMatching(/^4 строка исполнителей «Колбанов В.Ф. Петрова С.В.»/),
      expect.stringMatching(/^6 пункта «3», подпунктом/),
    ]);
    expect(
      measures(plan(['1.\tА\t2019 год\tКолбанов В.Ф. Петрова С.В.\t']))[0]!['executors'],
    ).toEqual(['Колбанов В.Ф.', 'Петрова С.В.']);
  });

  it('lists deadlines the parser cannot read', () => {
    const { report } = run(plan(['1.\tА\tпо согласованию\tОтдел\t', '2.\tБ\t31.02.2020\tОтдел\t']));
    expect(report.unknownDeadlines.map((d) => `${d.measure}: ${d.raw}`)).toEqual([
      '№ 1.: по согласованию',
      '№ 2.: 31.02.2020',
    ]);
  });

  it('says so when there is no measures table, and never invents one', () => {
    const { plan: draft, report } = run('Просто текст\n\nбез таблицы');
    expect(draft['measures']).toEqual([]);
    expect(report.unplaced[0]?.reason).toMatch(/не найдена таблица мероприятий/);
  });
});

describe('importPlan: facts of the document', () => {
  it('reads the title, years and spheres only as the title writes them', () => {
    expect(run(plan([])).plan).toMatchObject({
      title: 'План мероприятий в сфере культуры и образования на 2019-2021 годы',
      period: { from: 2019, to: 2021 },
      spheres: ['culture', 'education'],
    });
    expect(run(plan([], 'ПЛАН на 2020 год')).plan).toMatchObject({
      period: { from: 2020, to: 2020 },
      spheres: [],
    });
    expect(run(plan([], 'План на период до 2021 года')).plan).toMatchObject({
      period: { from: null, to: 2021 },
    });
    expect(run(plan([], 'Перечень работ')).report.toFill).toEqual(
      expect.arrayContaining(['title', 'period.from', 'period.to', 'spheres']),
    );
  });

  it('reads the act’s kind, number and date; a blank date is kept as written and null', () => {
    const order = ['РАСПОРЯЖЕНИЕ', '', '26.12.2017', '', '№ 3598-р', '', plan([])].join('\n');
    expect(run(order).act).toMatchObject({
      kind: 'распоряжение',
      number: '3598-р',
      date: '2017-12-26',
      dateAsWritten: '26.12.2017',
      title: null,
      issuer: null,
    });
    const stamp = [
      'УТВЕРЖДАЮ',
      '',
      '«___» _____ 2019 г.',
      '',
      plan([], 'ПЛАН мероприятий на 2019-2021 годы'),
    ].join('\n');
    expect(run(stamp).act).toMatchObject({
      kind: 'план',
      title: 'ПЛАН мероприятий на 2019-2021 годы',
      number: null,
      date: null,
      dateAsWritten: '«___» _____ 2019 г.',
    });
  });

  it('formats a report with every section', () => {
    const text = formatReport(run(plan(['1.\tА\tпо согласованию\tОтдел\t'])).report, {
      source: 'a.txt',
      draft: 'a.yaml',
    });
    for (const heading of [
      'Не размещено',
      'Прочтения',
      'Сроки, которые не распознаны',
      'Не указано в документе',
      'Проверка соответствия',
      'Схема плана',
    ])
      expect(text).toContain(heading);
    expect(text).toContain('№ 1.: «по согласованию»');
  });
});

describe('htmlToLayout: mammoth’s HTML in the seeds’ layout', () => {
  it('spreads merged cells, keeps paragraphs and marks page breaks with a blank line', () => {
    const html =
      '<p>План на 2020 год</p><table>' +
      '<tr><td><p>№</p></td><td><p>Мероприятие</p></td><td><p>Срок</p></td></tr>' +
      '<tr><td colspan="3"><p>Раздел &amp; подраздел</p></td></tr>' +
      '<tr><td><p>1.</p></td><td><p>А</p><p>Б</p></td><td rowspan="2"><p>2020 год</p><hr /></td></tr>' +
      '<tr><td><p>2.</p></td><td><p>В</p></td></tr>' +
      '</table>';
    expect(htmlToLayout(html).split('\n')).toEqual([
      'План на 2020 год',
      '',
      '№\tМероприятие\tСрок',
      'Раздел & подраздел\t\t',
      '1.\t<p>А</p> <p>Б</p>\t2020 год',
      '',
      '2.\tВ\t2020 год',
      '',
    ]);
  });
});

describe('npm run import:plan', () => {
  const script = path.resolve(import.meta.dirname, '../../../scripts/import-plan.ts');
  const runScript = (args: string[], cwd = process.cwd()) =>
    spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8' });

  it('prints usage and exits 0 on --help; a bad option is one line, not a stack trace', () => {
    expect(runScript(['--help'])).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('Использование'),
    });
    const bad = runScript(['--bogus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(runScript(['missing.docx']).stderr.trim()).toBe('import:plan: missing.docx: файла нет');
    expect(runScript(['x.txt', '--territory', 'Bad Id']).stderr).toMatch(/--territory/);
  });

  it('writes the draft, the act draft and the report, and no temporary file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-plan-'));
    fs.writeFileSync(path.join(dir, 'plan.txt'), plan(['1.\tА\t2019 год\tОтдел\t']));
    const result = runScript(['plan.txt', '--territory', 'x', '--out', 'out/draft.yaml'], dir);
    expect(result.status, result.stderr).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual([
      'draft.act.yaml',
      'draft.report.txt',
      'draft.yaml',
    ]);
    expect(fs.readFileSync(path.join(dir, 'out/draft.yaml'), 'utf8')).toContain('number: "1."');
  });
});
