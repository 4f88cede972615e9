// npm run survey:assess as an editor runs it: a database of SYNTHETIC answers, a document-check
// file, and the content tree of the results fixture.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load as parse } from 'js-yaml';
import { yamlText } from '../../src/domain/content/yamlEntry.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessmentSchema } from '../../src/domain/results/assessment.ts';
import { syntheticDocumentChecks as documents, writeAnswersDb } from '../helpers/answersDb.ts';
import { copyFixture } from '../helpers/build.ts';
import { validAnswers } from '../domain/questionnaire/fixtures.ts';

const root = path.resolve(import.meta.dirname, '../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/survey-assess.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });

let dir: string;
let content: string;
let db: string;
let docs: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nok-assess-'));
  content = copyFixture('results');
  db = path.join(dir, 'answers.sqlite');
  docs = path.join(dir, 'proverka.yaml');
  fs.writeFileSync(docs, yamlText(documents));
  const answers = validAnswers('culture');
  await writeAnswersDb(db, [
    ...Array.from({ length: 5 }, () => ({
      organization: 'test-biblioteka',
      sphere: 'culture' as const,
      receivedOn: '2025-03-10',
      answers,
    })),
    {
      organization: 'test-biblioteka',
      sphere: 'culture',
      receivedOn: '2025-03-11',
      answers: { ...answers, q15: 'no' },
    },
    { organization: 'test-biblioteka', sphere: 'culture', receivedOn: '2024-12-31', answers },
  ]);
});

describe('survey:assess', () => {
  it('prints its usage for --help and exits 0', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^Использование:\n {2}npm run survey:assess -- --db ФАЙЛ --organization КОД --year ГОД --documents ФАЙЛ/,
    );
  });

  it('refuses an unknown option in one line, without a stack trace', () => {
    const result = run('--bd', db);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^survey:assess: .*'--bd'.* \(справка: --help\)$/),
    ]);
  });

  it('names everything missing in one pass and writes nothing', () => {
    fs.writeFileSync(path.join(dir, 'bad.yaml'), yamlText({ ...documents, remoteChannels: 'три' }));
    const result = run(
      '--db',
      path.join(dir, 'none.sqlite'),
      '--organization',
      'test-nobody',
      '--year',
      '20x5',
      '--documents',
      path.join(dir, 'bad.yaml'),
      '--content',
      content,
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'survey:assess: --year «20x5»: ожидается год из четырёх цифр',
      `survey:assess: --db ${path.join(dir, 'none.sqlite')}: файла нет`,
      `survey:assess: организация ${path.join(content, 'organizations', 'test-nobody.yaml')}: файла нет`,
      `survey:assess: ${path.join(dir, 'bad.yaml')} → remoteChannels: ожидается целое неотрицательное число`,
    ]);
    expect(fs.readdirSync(path.join(content, 'assessments')).sort()).toEqual([
      'test-centr-2018.yaml',
      'test-dom-kultury-2019.yaml',
      'test-muzey-2018.yaml',
    ]);
  });

  it('refuses an organization code that is not a content id', () => {
    const result = run(
      '--db',
      db,
      '--organization',
      '../organizations/test-muzey',
      '--year',
      '2025',
      '--documents',
      docs,
      '--content',
      content,
    );
    expect(result.stderr.trim()).toBe(
      'survey:assess: --organization «../organizations/test-muzey»: код организации — латиница в нижнем регистре, цифры и дефисы, как имя файла в content/organizations',
    );
  });

  it('says which options are missing', () => {
    const result = run('--db', db);
    expect(result.stderr.trim()).toBe(
      'survey:assess: не указано: --organization, --year, --documents (справка: --help)',
    );
  });

  it('writes a valid assessment from the year’s answers, and will not overwrite it without --force', () => {
    const args = [
      '--db',
      db,
      '--organization',
      'test-biblioteka',
      '--year',
      '2025',
      '--documents',
      docs,
      '--content',
      content,
    ];
    const result = run(...args);
    expect(result.stderr).toBe('');
    const out = path.join(content, 'assessments', 'test-biblioteka-2025.yaml');
    expect(result.stdout.trim()).toBe(
      `survey:assess: ${out} — организация test-biblioteka, 2025 год, анкет 6`,
    );
    const assessment = assessmentSchema.parse(parse(fs.readFileSync(out, 'utf8')));
    expect(assessment.inputs.survey.overallSatisfied).toEqual({ asked: 6, yes: 5 });
    expect(assessment.inputs).toMatchObject({
      sphere: 'culture',
      standPosted: 9,
      siteRequired: 20,
    });
    expect(
      fs.readdirSync(path.join(content, 'assessments')).filter((f) => f.endsWith('.tmp')),
    ).toEqual([]);

    const again = run(...args);
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toBe(
      `survey:assess: ${out} уже есть; чтобы заменить его, добавьте --force`,
    );
    expect(run(...args, '--force').status).toBe(0);
  });

  it('refuses a year without answers', () => {
    const result = run(
      '--db',
      db,
      '--organization',
      'test-biblioteka',
      '--year',
      '2023',
      '--documents',
      docs,
      '--content',
      content,
    );
    expect(result.stderr.trim()).toBe(
      'survey:assess: в базе ответов нет ни одной анкеты об организации test-biblioteka за 2023 год',
    );
  });
});
