import { describe, expect, it } from 'vitest';
import { aggregateAnswers, type SurveyTally } from '../../../src/domain/questionnaire/index.ts';
import { countProblems, surveyAssessment } from '../../../src/domain/results/surveyAssessment.ts';
import { computeScores } from '../../../src/domain/scoring/index.ts';
import { validAnswers } from '../questionnaire/fixtures.ts';
import { syntheticDocumentChecks as documents } from '../../helpers/answersDb.ts';

const answer = (sphere: 'culture' | 'health', overrides: Record<string, string> = {}) => ({
  organization: 'muzey-primer',
  sphere,
  receivedOn: '2025-04-01',
  answers: { ...validAnswers(sphere), ...overrides },
});
const tallies = aggregateAnswers([
  answer('culture'),
  answer('culture', { q3: 'no', q4: undefined as never }),
  answer('culture', { q15: 'no' }),
]);
const input = {
  organization: { id: 'muzey-primer', sphere: 'culture' as const },
  year: 2025,
  tallies,
  documents,
  documentsFile: 'proverka.yaml',
};

describe('surveyAssessment', () => {
  it('makes a valid assessment from the tally and the document checks, the survey exactly as counted', () => {
    const result = surveyAssessment(input);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.respondents).toBe(3);
    expect(result.assessment).toMatchObject({
      organization: 'muzey-primer',
      year: 2025,
      method: '344н-2018',
      operator: documents.operator,
      source: documents.source,
    });
    expect(result.assessment.inputs).toMatchObject({
      sphere: 'culture',
      standPosted: 9,
      serviceAccessibilityConditions: 3,
    });
    expect(result.assessment.inputs.survey.siteInfoSatisfied).toEqual({ asked: 2, yes: 0 });
    expect(result.assessment.inputs.survey.overallSatisfied).toEqual({ asked: 3, yes: 2 });
    expect(result.assessment.inputs.survey).not.toHaveProperty('servedOnTime');
    expect(computeScores(result.assessment.inputs, '344н-2018').total).toBeDefined();
  });

  it('names every problem of the document file and of the survey at once', () => {
    const { standRequired: _, source: __, ...incomplete } = documents;
    const result = surveyAssessment({
      ...input,
      documents: { ...incomplete, sitePosted: -1, comfortConditions: '4', extra: 1 },
      tallies: [],
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        'proverka.yaml → source: обязательное значение не заполнено',
        'proverka.yaml → standRequired: обязательное значение не заполнено',
        'proverka.yaml → sitePosted: не может быть отрицательным',
        'proverka.yaml → comfortConditions: ожидается целое неотрицательное число',
        expect.stringMatching(/^proverka\.yaml → \(весь файл\): .*extra/),
        'в базе ответов нет ни одной анкеты об организации muzey-primer за 2025 год',
      ],
    });
  });

  it('refuses answers sent under another sphere instead of merging them', () => {
    const mixed = aggregateAnswers([answer('culture'), answer('health')]);
    const result = surveyAssessment({ ...input, tallies: mixed });
    expect(result.ok ? [] : result.problems).toEqual([
      '1 анкет об организации muzey-primer за 2025 год отправлены по анкете сферы «охрана здоровья», а организация — сферы «культура»: такие анкеты не учитываются вместе, разберитесь с ними',
    ]);
  });

  it('passes on the method’s own refusal (more posted than required)', () => {
    const result = surveyAssessment({ ...input, documents: { ...documents, standPosted: 11 } });
    expect(result.ok ? [] : result.problems).toEqual([
      'inputs.standPosted: размещено на стендах больше материалов, чем требуется (Истенд > Инорм.стенд)',
    ]);
  });
});

describe('countProblems', () => {
  const tally = (): SurveyTally => structuredClone(tallies[0]!);

  it('finds nothing in a tally the receiver made', () => {
    expect(countProblems(tally())).toEqual([]);
  });

  it('names a question asked of more people than filled in a questionnaire, a follow-up beyond its gate, and «Да» beyond answers', () => {
    const t = tally();
    t.questions.q6 = { asked: 4, yes: 4 };
    t.questions.q2 = { asked: 3, yes: 2 };
    t.questions.q1 = { asked: 3, yes: 2 };
    t.questions.q15 = { asked: 2, yes: 3 };
    expect(countProblems(t)).toEqual([
      'вопрос 2 (standInfoSatisfied) задан 3 респондентам, а «Да» на вопрос 1, после которого он задаётся, ответили 2',
      'вопрос 6 (comfortSatisfied) задан 4 респондентам, а анкет заполнено 3',
      'вопрос 15 (overallSatisfied): ответов «Да» 3, а ответивших 2',
    ]);
  });
});
