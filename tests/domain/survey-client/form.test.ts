import { describe, expect, it } from 'vitest';
import { questionsFor, validateSubmission } from '../../../src/domain/questionnaire/index.ts';
import {
  followUpNote,
  missingAnswers,
  shownQuestions,
  submittableAnswers,
} from '../../../src/domain/survey-client/form.ts';

const culture = questionsFor('culture');
const social = questionsFor('social');
const ids = (qs: { id: string }[]) => qs.map((q) => q.id);

describe('conditional reveal', () => {
  it('shows a follow-up only after «Да» to its screening question', () => {
    expect(ids(shownQuestions(culture, {}))).not.toContain('q2');
    expect(ids(shownQuestions(culture, { q1: 'yes' }))).toContain('q2');
    expect(ids(shownQuestions(culture, { q1: 'no' }))).not.toContain('q2');
  });

  it('never submits the answer of a hidden follow-up or a blank free text', () => {
    expect(submittableAnswers(culture, { q1: 'no', q2: 'yes', q16: '  ' })).toEqual({ q1: 'no' });
    expect(submittableAnswers(culture, { q1: 'yes', q2: 'yes' })).toEqual({ q1: 'yes', q2: 'yes' });
  });
});

describe('missingAnswers', () => {
  it('names required questions on screen by the number the respondent sees', () => {
    const missing = missingAnswers(culture, { q1: 'yes' });
    expect(missing[0]).toEqual({ field: 'q2', message: 'Вопрос 2: ответьте на вопрос.' });
    // Culture has no Q5, so Q6 is shown as question 5; optional Q16 and Q18 are never missing.
    expect(missing).toContainEqual({ field: 'q6', message: 'Вопрос 5: ответьте на вопрос.' });
    expect(ids(missing.map((m) => ({ id: m.field! })))).not.toContain('q16');
    expect(ids(missing.map((m) => ({ id: m.field! })))).not.toContain('q18');
  });

  it('agrees with the receiver schema: a locally complete answer is accepted', () => {
    const answers = {
      q1: 'no',
      q3: 'yes',
      q4: 'no',
      q5: 'yes',
      q6: 'yes',
      q7: 'no',
      q9: 'yes',
      q10: 'yes',
      q11: 'no',
      q13: 'yes',
      q14: 'yes',
      q15: 'yes',
      q17: 'female',
    };
    expect(missingAnswers(social, answers)).toEqual([]);
    const submission = {
      id: '6f1c1d4e-8a57-4a0b-9d7c-0c1f2e3d4a5b',
      organization: 'x',
      questionnaire: '675н-2018',
      sphere: 'social',
      answers: submittableAnswers(social, answers),
    };
    expect(validateSubmission(submission)).toMatchObject({ ok: true });
  });
});

describe('followUpNote: the gap in the numbers explained', () => {
  it('names the screening question by the numbers of the variant on screen', () => {
    const q12 = culture.find((q) => q.id === 'q12')!;
    expect(followUpNote(q12, culture)).toBe('Вопрос 11 задаётся, если на вопрос 10 ответить «Да».');
    expect(
      followUpNote(
        social.find((q) => q.id === 'q12')!,
        social,
      ),
    ).toBe('Вопрос 12 задаётся, если на вопрос 11 ответить «Да».');
  });
});
