// Canonical form of a submission, compared on replay: a retry with the same client id must carry
// the same answers. Key order and the informational client clock do not count.
import type { AnswerSubmission } from './answerSchema.ts';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

export function canonicalSubmission(s: AnswerSubmission): string {
  return JSON.stringify(
    sortKeys({
      id: s.id,
      organization: s.organization,
      questionnaire: s.questionnaire,
      sphere: s.sphere,
      answers: s.answers,
    }),
  );
}
