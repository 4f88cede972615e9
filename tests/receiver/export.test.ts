import { randomUUID } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { scoringInputsSchema } from '../../src/domain/scoring/index.ts';
import { answersCsv, countsColumns, countsCsv } from '../../src/receiver/export.ts';
import { openSqliteStore } from '../../src/receiver/sqliteStore.ts';
import type { StoredRow } from '../../src/receiver/store.ts';
import { scratchStore } from '../../scripts/bench/stores.ts';
import { openAnswerStore } from '../../src/receiver/index.ts';
import { validAnswers } from '../domain/questionnaire/fixtures.ts';
import { sharedPostgres, stopSharedPostgres } from '../helpers/postgres.ts';

const row = (overrides: Partial<StoredRow> = {}): StoredRow => ({
  id: randomUUID(),
  organization: 'bolnica-1',
  questionnaire: '675н-2018',
  sphere: 'health',
  receivedOn: '2025-03-01',
  answers: validAnswers(overrides.sphere ?? 'health'),
  proposal: 'Мой телефон 8-900-000-00-00',
  ...overrides,
});

const parse = (csv: string) => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
};

describe('answersCsv', () => {
  it('leaves free text out unless asked for', () => {
    const rows = [row()];
    expect(answersCsv(rows)).not.toContain('8-900');
    expect(parse(answersCsv(rows)).meta.fields).not.toContain('q16');
    expect(parse(answersCsv(rows, true)).data[0]?.['q16']).toBe('Мой телефон 8-900-000-00-00');
  });

  it('exports a proposal that looks like a formula as text, with one apostrophe before it', () => {
    const csv = answersCsv(
      [row({ proposal: '=HYPERLINK("http://example.org","Подробнее")' })],
      true,
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://example.org"",""Подробнее"")"`);
    expect(parse(csv).data[0]?.['q16']).toBe(`'=HYPERLINK("http://example.org","Подробнее")`);
  });

  it('has one row per answer with empty cells for skipped questions', () => {
    const [only] = parse(answersCsv([row({ sphere: 'culture' })])).data;
    expect(only).toMatchObject({
      organization: 'bolnica-1',
      sphere: 'culture',
      received_on: '2025-03-01',
      q1: 'yes',
      q5: '',
      q17: 'female',
    });
  });
});

describe('countsCsv', () => {
  it('names columns by the scoring quantities and fills them per organization and year', () => {
    const skippedStands: Record<string, string> = { ...validAnswers('health'), q1: 'no' };
    delete skippedStands['q2'];
    const rows = [
      row(),
      row({ answers: skippedStands }),
      row({ organization: 'muzey', sphere: 'culture' }),
    ];
    const { data, meta } = parse(countsCsv(rows));
    expect(meta.fields).toEqual(countsColumns);
    expect(meta.fields).toContain('standInfoSatisfied.asked');
    const health = data.find((d) => d['organization'] === 'bolnica-1');
    expect(health).toMatchObject({
      year: '2025',
      respondents: '2',
      'standInfoSatisfied.asked': '1',
      'standInfoSatisfied.yes': '1',
      'servedOnTime.asked': '2',
    });
    const culture = data.find((d) => d['organization'] === 'muzey');
    expect(culture?.['servedOnTime.asked']).toBe('');
  });

  it('produces counts the scoring input schema accepts', () => {
    const { data } = parse(countsCsv([row()]));
    const survey: Record<string, { asked: number; yes: number }> = {};
    for (const [column, value] of Object.entries(data[0]!)) {
      const [key, part] = column.split('.');
      if (part && value !== '')
        survey[key!] = { ...survey[key!], [part]: Number(value) } as { asked: number; yes: number };
    }
    const inputs = {
      sphere: 'health',
      standPosted: 1,
      standRequired: 1,
      sitePosted: 1,
      siteRequired: 1,
      remoteChannels: 1,
      comfortConditions: 1,
      facilityAccessibilityConditions: 1,
      serviceAccessibilityConditions: 1,
      survey,
    };
    expect(scoringInputsSchema.safeParse(inputs).success).toBe(true);
  });
});

describe('scripts/survey-export.ts', () => {
  it('writes both CSV files from a database', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nok-export-'));
    const dbPath = path.join(dir, 'answers.sqlite');
    const store = openSqliteStore(dbPath);
    const r = row();
    await store.save(
      {
        id: r.id,
        organization: r.organization,
        questionnaire: '675н-2018',
        sphere: 'health',
        answers: r.answers,
      },
      'hash',
      '2025-03-01',
    );
    await store.close();
    const root = path.resolve(import.meta.dirname, '../..');
    const out = execFileSync(
      process.execPath,
      [
        'scripts/survey-export.ts',
        '--db',
        dbPath,
        '--answers',
        path.join(dir, 'a.csv'),
        '--counts',
        path.join(dir, 'c.csv'),
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(out).toContain('1 answers');
    expect(parse(fs.readFileSync(path.join(dir, 'a.csv'), 'utf8')).data).toHaveLength(1);
    expect(parse(fs.readFileSync(path.join(dir, 'c.csv'), 'utf8')).data[0]?.['respondents']).toBe(
      '1',
    );
  });

  it('reads a PostgreSQL database, through its unix socket', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nok-export-'));
    const scratch = await scratchStore('postgres');
    const store = await openAnswerStore(scratch.location);
    const r = row();
    await store.save(
      {
        id: r.id,
        organization: r.organization,
        questionnaire: '675н-2018',
        sphere: 'health',
        answers: r.answers,
      },
      'hash',
      '2025-03-01',
    );
    await store.close();
    await scratch.table.close();
    const socketUrl = (await sharedPostgres()).socketUrl(scratch.where);
    const root = path.resolve(import.meta.dirname, '../..');
    const out = execFileSync(
      process.execPath,
      ['scripts/survey-export.ts', '--answers', path.join(dir, 'a.csv')],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NOK_DATABASE_URL: socketUrl } },
    );
    expect(out).toContain('1 answers');
    expect(parse(fs.readFileSync(path.join(dir, 'a.csv'), 'utf8')).data[0]).toMatchObject({
      id: r.id,
      received_on: '2025-03-01',
      q1: 'yes',
    });
  });

  it('lists its options with --help and names a wrong one', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const help = execFileSync(process.execPath, ['scripts/survey-export.ts', '--help'], {
      cwd: root,
      encoding: 'utf8',
    });
    for (const option of ['--db', '--database-url', '--answers', '--counts', '--with-proposals'])
      expect(help).toContain(option);
    const bad = spawnSync(
      process.execPath,
      ['scripts/survey-export.ts', '--db', '/nonexistent/a.sqlite'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--answers \/ --counts: укажите/);
    expect(bad.stderr).toMatch(/файла базы ответов нет: \/nonexistent\/a.sqlite/);
  });
});

afterAll(stopSharedPostgres);
