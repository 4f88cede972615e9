import { describe, expect, it } from 'vitest';
import {
  answerSubmissionSchema,
  questionnaire675n,
  questionsFor,
  validateAnswer,
  validateSubmission,
} from '../../../src/domain/questionnaire/index.ts';
import { validAnswers, validSubmission } from './fixtures.ts';

function errorsOf(input: unknown) {
  const result = validateSubmission(input);
  if (result.ok) throw new Error('expected a refusal');
  return result.errors;
}

const messageFor = (input: unknown, field: string | null) =>
  errorsOf(input).find((e) => e.field === field)?.message;

describe('answerSubmissionSchema: accepted', () => {
  it.each(['culture', 'social', 'health', 'education'] as const)(
    'accepts a complete %s submission',
    (sphere) => {
      expect(validateSubmission(validSubmission(sphere))).toEqual({
        ok: true,
        value: validSubmission(sphere),
      });
    },
  );

  it('accepts skips, an empty honeypot, a client clock and all optional answers', () => {
    const answers: Record<string, string> = {
      ...validAnswers('culture'),
      q1: 'no',
      q3: 'no',
      q7: 'no',
      q11: 'no',
      q16: 'Больше скамеек',
      q18: '30-44',
    };
    for (const id of ['q2', 'q4', 'q8', 'q12']) delete answers[id];
    const input = validSubmission('culture', {
      answers,
      website: '',
      submittedAt: '2025-03-01T10:00:00+03:00',
    });
    expect(validateSubmission(input).ok).toBe(true);
  });

  it('accepts free text of exactly 2000 characters', () => {
    const input = validSubmission('health', {
      answers: { ...validAnswers('health'), q16: 'я'.repeat(2000) },
    });
    expect(validateSubmission(input).ok).toBe(true);
  });

  it('is the same schema object the browser imports (no Node-only dependency)', () => {
    expect(answerSubmissionSchema.safeParse(validSubmission()).success).toBe(true);
  });
});

describe('answerSubmissionSchema: refusals', () => {
  it('refuses a body that is not an object', () => {
    expect(errorsOf([])).toEqual([{ field: null, message: 'Ответ должен быть объектом JSON.' }]);
    expect(errorsOf('строка')[0]?.field).toBeNull();
  });

  it.each([
    ['id', 'not-a-uuid', /UUID/],
    ['organization', 'Больница №1', /организацию/],
    ['questionnaire', '675н-2024', /версии не принимается/],
    ['sphere', 'sport', /сферу/],
    ['submittedAt', 'вчера', /ISO 8601/],
    ['website', 'http://spam.example', /пустым/],
    ['answers', ['yes'], /объектом/],
  ])('refuses a bad %s', (field, value, message) => {
    expect(messageFor(validSubmission('health', { [field]: value }), field)).toMatch(message);
  });

  it.each(['id', 'organization', 'questionnaire', 'sphere', 'answers'])(
    'refuses a missing %s',
    (field) => {
      const input = validSubmission();
      delete input[field];
      expect(errorsOf(input).map((e) => e.field)).toContain(field);
    },
  );

  it('refuses unknown keys at the top and inside answers', () => {
    expect(messageFor(validSubmission('health', { ip: '10.0.0.1' }), 'ip')).toBe(
      'Неизвестное поле «ip».',
    );
    expect(
      messageFor(
        validSubmission('health', { answers: { ...validAnswers('health'), q19: 'yes' } }),
        'q19',
      ),
    ).toBe('Неизвестное поле «q19».');
  });

  it.each([
    ['q1', 'q2'],
    ['q3', 'q4'],
    ['q7', 'q8'],
    ['q11', 'q12'],
  ])('refuses an answer to %s skipped by «Нет»', (screen, dependent) => {
    const input = validSubmission('health', {
      answers: { ...validAnswers('health'), [screen]: 'no' },
    });
    expect(messageFor(input, dependent)).toMatch(/не отвечают/);
  });

  it('refuses a missing required yes/no answer, numbered as the respondent saw it', () => {
    const answers = validAnswers('culture');
    delete answers['q6'];
    expect(messageFor(validSubmission('culture', { answers }), 'q6')).toBe(
      'Вопрос 5: ответьте на вопрос.',
    );
  });

  it('refuses a dependent question left empty after «Да»', () => {
    const answers = validAnswers('health');
    delete answers['q2'];
    expect(messageFor(validSubmission('health', { answers }), 'q2')).toBe(
      'Вопрос 2: ответьте на вопрос.',
    );
  });

  it('refuses Q5 in culture and education, requires it in social services and healthcare', () => {
    const culture = validSubmission('education', {
      answers: { ...validAnswers('education'), q5: 'yes' },
    });
    expect(messageFor(culture, 'q5')).toBe(
      'Вопрос 5 полной анкеты: в анкете для этой сферы такого вопроса нет.',
    );
    const answers = validAnswers('social');
    delete answers['q5'];
    expect(messageFor(validSubmission('social', { answers }), 'q5')).toBe(
      'Вопрос 5: ответьте на вопрос.',
    );
  });

  it.each([
    ['q9', 'maybe', /«Да» или «Нет»/],
    ['q9', true, /«Да» или «Нет»/],
    ['q16', 'я'.repeat(2001), /не более 2000 знаков/],
    ['q16', '   ', /пустой ответ/],
    ['q16', 42, /текстом/],
    ['q17', 'other', /один из вариантов/],
    ['q18', '35', /возрастных групп/],
  ])('refuses %s = %j', (id, value, message) => {
    expect(
      messageFor(
        validSubmission('health', { answers: { ...validAnswers('health'), [id]: value } }),
        id,
      ),
    ).toMatch(message);
  });

  it('refuses a missing sex answer', () => {
    const answers = validAnswers('health');
    delete answers['q17'];
    expect(messageFor(validSubmission('health', { answers }), 'q17')).toBe(
      'Вопрос 17: ответьте на вопрос.',
    );
  });

  it('lists every problem once, top-level first, then in question order', () => {
    const answers: Record<string, string> = { ...validAnswers('health'), q1: 'no', q9: 'maybe' };
    delete answers['q15'];
    const errors = errorsOf(validSubmission('health', { id: 'x', answers }));
    expect(errors.map((e) => e.field)).toEqual(['id', 'q2', 'q9', 'q15']);
  });
});

describe('validateAnswer: one field for the form', () => {
  const q = (id: string) => questionsFor('health').find((x) => x.id === id)!;

  it('returns undefined for a good answer and a message for a bad one', () => {
    expect(validateAnswer(q('q1'), 'health', { q1: 'yes' })).toBeUndefined();
    expect(validateAnswer(q('q1'), 'health', { q1: 'да' })).toBe('выберите «Да» или «Нет».');
    expect(validateAnswer(q('q1'), 'health', {})).toBe('ответьте на вопрос.');
  });

  it('knows skips and the sphere variant', () => {
    expect(validateAnswer(q('q2'), 'health', { q1: 'no', q2: 'yes' })).toMatch(/не отвечают/);
    expect(validateAnswer(q('q2'), 'health', { q1: 'no' })).toBeUndefined();
    const q5 = questionnaire675n.questions[4]!;
    expect(validateAnswer(q5, 'culture', {})).toBeUndefined();
    expect(validateAnswer(q5, 'culture', { q5: 'yes' })).toMatch(/нет/);
  });

  it('lets optional questions stay empty', () => {
    expect(validateAnswer(q('q16'), 'health', {})).toBeUndefined();
    expect(validateAnswer(q('q18'), 'health', {})).toBeUndefined();
  });
});
