// A complete, valid submission per sphere, to be broken one field at a time by the tests.
import type { Sphere } from '../../../src/domain/schemas/common.ts';

export const validId = '6f1c7f0e-8a3b-4c1e-9a2b-1d2e3f4a5b6c';

export function validAnswers(sphere: Sphere): Record<string, string> {
  const answers: Record<string, string> = {
    q1: 'yes',
    q2: 'yes',
    q3: 'yes',
    q4: 'no',
    q6: 'yes',
    q7: 'yes',
    q8: 'no',
    q9: 'yes',
    q10: 'yes',
    q11: 'yes',
    q12: 'yes',
    q13: 'yes',
    q14: 'no',
    q15: 'yes',
    q17: 'female',
  };
  if (sphere === 'social' || sphere === 'health') answers['q5'] = 'yes';
  return answers;
}

export function validSubmission(
  sphere: Sphere = 'health',
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: validId,
    organization: 'gbuz-bolnica-1',
    questionnaire: '675н-2018',
    sphere,
    answers: validAnswers(sphere),
    ...overrides,
  };
}
