import { describe, expect, it } from 'vitest';
import {
  aggregateAnswers,
  canonicalSubmission,
  type AnswerSubmission,
  type StoredAnswer,
} from '../../../src/domain/questionnaire/index.ts';
import { validAnswers } from './fixtures.ts';

const answer = (
  overrides: Partial<StoredAnswer> & { set?: Record<string, string>; drop?: string[] } = {},
): StoredAnswer => {
  const answers: Record<string, string> = {
    ...validAnswers(overrides.sphere ?? 'health'),
    ...overrides.set,
  };
  for (const id of overrides.drop ?? []) delete answers[id];
  return {
    organization: overrides.organization ?? 'bolnica-1',
    sphere: overrides.sphere ?? 'health',
    receivedOn: overrides.receivedOn ?? '2024-05-10',
    answers,
  };
};

describe('aggregateAnswers', () => {
  const counts = aggregateAnswers([
    answer(), // q1 yes, q2 yes, q3 yes, q4 no, q7 yes, q8 no, q11 yes, q12 yes
    answer({ set: { q1: 'no', q3: 'no', q7: 'no', q11: 'no' }, drop: ['q2', 'q4', 'q8', 'q12'] }),
    answer({ set: { q2: 'no', q4: 'yes', q8: 'yes', q15: 'no' } }),
  ]);
  const only = counts[0]!;

  it('groups by organization and year', () => {
    expect(counts).toHaveLength(1);
    expect(only).toMatchObject({
      organization: 'bolnica-1',
      year: 2024,
      sphere: 'health',
      respondents: 3,
    });
  });

  it('uses the screening «Да» count as the denominator of the dependent question (Поткруд, Пдостуд, Пвежл.дистуд)', () => {
    expect(only.questions.q1).toEqual({ asked: 3, yes: 2 });
    expect(only.questions.q2).toEqual({ asked: 2, yes: 1 });
    expect(only.questions.q3).toEqual({ asked: 3, yes: 2 });
    expect(only.questions.q4).toEqual({ asked: 2, yes: 1 });
    expect(only.questions.q8).toEqual({ asked: only.questions.q7.yes, yes: 1 });
    expect(only.questions.q12).toEqual({ asked: only.questions.q11.yes, yes: 2 });
  });

  it('counts unconditional questions over all respondents', () => {
    expect(only.questions.q15).toEqual({ asked: 3, yes: 2 });
    expect(only.questions.q13).toEqual({ asked: 3, yes: 3 });
  });

  it('has no counts for free text, sex or age', () => {
    expect(Object.keys(only.questions)).not.toContain('q16');
    expect(Object.keys(only.questions)).not.toContain('q17');
  });

  it('gives Q5 a zero denominator in culture, so scoring can say «no data»', () => {
    const [culture] = aggregateAnswers([answer({ sphere: 'culture' })]);
    expect(culture?.questions.q5).toEqual({ asked: 0, yes: 0 });
  });

  it('splits years by the day of receipt, organizations and spheres, sorted', () => {
    const groups = aggregateAnswers([
      answer({ organization: 'b', receivedOn: '2025-01-01' }),
      answer({ organization: 'b', receivedOn: '2024-12-31' }),
      answer({ organization: 'a' }),
      answer({ organization: 'a', sphere: 'social' }),
    ]);
    expect(groups.map((g) => [g.organization, g.year, g.sphere, g.respondents])).toEqual([
      ['a', 2024, 'health', 1],
      ['a', 2024, 'social', 1],
      ['b', 2024, 'health', 1],
      ['b', 2025, 'health', 1],
    ]);
  });
});

describe('canonicalSubmission', () => {
  const base: AnswerSubmission = {
    id: '6f1c7f0e-8a3b-4c1e-9a2b-1d2e3f4a5b6c',
    organization: 'a',
    questionnaire: '675н-2018',
    sphere: 'health',
    answers: { q1: 'yes', q2: 'no' },
  };

  it('ignores key order and the client clock', () => {
    const reordered: AnswerSubmission = {
      ...base,
      answers: { q2: 'no', q1: 'yes' },
      submittedAt: '2025-01-01T00:00:00Z',
    };
    expect(canonicalSubmission(reordered)).toBe(canonicalSubmission(base));
  });

  it('changes when an answer changes', () => {
    expect(canonicalSubmission({ ...base, answers: { q1: 'yes', q2: 'yes' } })).not.toBe(
      canonicalSubmission(base),
    );
  });
});
