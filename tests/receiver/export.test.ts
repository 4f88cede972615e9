import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { scoringInputsSchema } from '../../src/domain/scoring/index.ts';
import { answersCsv, countsColumns, countsCsv } from '../../src/receiver/export.ts';
import { openAnswerStore, type StoredRow } from '../../src/receiver/store.ts';
import { validAnswers } from '../domain/questionnaire/fixtures.ts';

const row = (overrides: Partial<StoredRow> = {}): StoredRow => ({
  id: randomUUID(),
  organization: 'bolnica-1',
  questionnaire: '675н-2018',
  sphere: 'health',
  receivedOn: '2025-03-01',
  answers: validAnswers(overrides.sphere ?? 'health'),
  proposal: 'Мой телефон 8-900-000-00-00',
  proposalPublishable: false,
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
    const csv = answersCsv([row({ proposal: '=HYPERLINK("http://example.org","Подробнее")' })], true);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.org"",""Подробнее"")"`);
    expect(parse(csv).data[0]?.['q16']).toBe(`'=HYPERLINK("http://example.org","Подробнее")`);
  });

  it('has one row per answer with empty cells for skipped questions', () => {
    const [only] = parse(answersCsv([row({ sphere: 'culture' })])).data;
    expect(only).toMatchObject({ organization: 'bolnica-1', sphere: 'culture', received_on: '2025-03-01', q1: 'yes', q5: '', q17: 'female' });
  });
});

describe('countsCsv', () => {
  it('names columns by the scoring quantities and fills them per organization and year', () => {
    const skippedStands: Record<string, string> = { ...validAnswers('health'), q1: 'no' };
    delete skippedStands['q2'];
    const rows = [row(), row({ answers: skippedStands }), row({ organization: 'muzey', sphere: 'culture' })];
    const { data, meta } = parse(countsCsv(rows));
    expect(meta.fields).toEqual(countsColumns);
    expect(meta.fields).toContain('standInfoSatisfied.asked');
    const health = data.find((d) => d['organization'] === 'bolnica-1');
    expect(health).toMatchObject({ year: '2025', respondents: '2', 'standInfoSatisfied.asked': '1', 'standInfoSatisfied.yes': '1', 'servedOnTime.asked': '2' });
    const culture = data.find((d) => d['organization'] === 'muzey');
    expect(culture?.['servedOnTime.asked']).toBe('');
  });

  it('produces counts the scoring input schema accepts', () => {
    const { data } = parse(countsCsv([row()]));
    const survey: Record<string, { asked: number; yes: number }> = {};
    for (const [column, value] of Object.entries(data[0]!)) {
      const [key, part] = column.split('.');
      if (part && value !== '') survey[key!] = { ...survey[key!], [part]: Number(value) } as { asked: number; yes: number };
    }
    const inputs = { sphere: 'health', standPosted: 1, standRequired: 1, sitePosted: 1, siteRequired: 1, remoteChannels: 1, comfortConditions: 1, facilityAccessibilityConditions: 1, serviceAccessibilityConditions: 1, survey };
    expect(scoringInputsSchema.safeParse(inputs).success).toBe(true);
  });
});

describe('scripts/survey-export.ts', () => {
  it('writes both CSV files from a database', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nok-export-'));
    const dbPath = path.join(dir, 'answers.sqlite');
    const store = openAnswerStore(dbPath);
    const r = row();
    await store.save({ id: r.id, organization: r.organization, questionnaire: '675н-2018', sphere: 'health', answers: r.answers }, 'hash', '2025-03-01');
    store.close();
    const root = path.resolve(import.meta.dirname, '../..');
    const out = execFileSync(process.execPath, ['scripts/survey-export.ts', '--db', dbPath, '--answers', path.join(dir, 'a.csv'), '--counts', path.join(dir, 'c.csv')], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('1 answers');
    expect(parse(fs.readFileSync(path.join(dir, 'a.csv'), 'utf8')).data).toHaveLength(1);
    expect(parse(fs.readFileSync(path.join(dir, 'c.csv'), 'utf8')).data[0]?.['respondents']).toBe('1');
  });
});
