// Survey → assessment → page: answers collected by the receiver (SYNTHETIC), turned into an
// assessment file by `npm run survey:assess`, and the rebuilt organization page shows the result
// the portal computes from that file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { load as parse } from 'js-yaml';
import { yamlText } from '../../src/domain/content/yamlEntry.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessmentSchema } from '../../src/domain/results/assessment.ts';
import { computeScores, hasValue } from '../../src/domain/scoring/index.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { validAnswers } from '../domain/questionnaire/fixtures.ts';
import { syntheticDocumentChecks, writeAnswersDb } from '../helpers/answersDb.ts';
import { buildSite, copyFixture, readPage } from '../helpers/build.ts';

const root = path.resolve(import.meta.dirname, '../..');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

describe('an assessment written by survey:assess', () => {
  let outDir: string;
  let file: string;

  beforeAll(async () => {
    const content = copyFixture('results');
    const db = path.join(content, '..', `${path.basename(content)}-answers.sqlite`);
    const documents = path.join(content, '..', `${path.basename(content)}-proverka.yaml`);
    fs.writeFileSync(documents, yamlText(syntheticDocumentChecks));
    const answers = validAnswers('culture');
    await writeAnswersDb(db, [
      ...Array.from({ length: 7 }, () => ({
        organization: 'test-biblioteka',
        sphere: 'culture' as const,
        receivedOn: '2025-03-10',
        answers,
      })),
      ...Array.from({ length: 3 }, () => ({
        organization: 'test-biblioteka',
        sphere: 'culture' as const,
        receivedOn: '2025-05-20',
        answers: { ...answers, q6: 'no', q13: 'no' },
      })),
    ]);
    execFileSync(
      process.execPath,
      [
        'scripts/survey-assess.ts',
        '--db',
        db,
        '--organization',
        'test-biblioteka',
        '--year',
        '2025',
        '--documents',
        documents,
        '--content',
        content,
      ],
      { cwd: root },
    );
    file = path.join(content, 'assessments', 'test-biblioteka-2025.yaml');
    const result = await buildSite({ contentDir: content });
    expect(result.code, result.output).toBe(0);
    outDir = result.outDir;
  });

  it('shows on the organization page the total and criteria computed from the file', () => {
    const assessment = assessmentSchema.parse(parse(fs.readFileSync(file, 'utf8')));
    const scores = computeScores(assessment.inputs, assessment.method);
    expect(hasValue(scores.total)).toBe(true);
    const t = text(readPage(outDir, 'organizatsii/test-biblioteka/index.html'));
    expect(t).toContain('2025 — рассчитан порталом по исходным данным оператора');
    expect(t).toContain(
      `${formatNumber(hasValue(scores.total) ? scores.total.value : NaN)} из 100`,
    );
    // К2 from the survey: 7 of 10 satisfied with comfort.
    expect(assessment.inputs.survey.comfortSatisfied).toEqual({ asked: 10, yes: 7 });
    for (const c of scores.criteria)
      if (hasValue(c.score)) expect(t).toContain(formatNumber(c.score.value));
  });
});
