// Survey counts the 344н scoring needs, per organization and year. A question's denominator is
// the number of respondents who were asked it, so skips shrink it: Q2 is asked of those who
// answered «Да» to Q1, Q8 of those with a disability group, Q12 of remote-channel users.
import type { Sphere } from '../schemas/common.ts';
import { questionnaire675n, type QuestionId } from './questionnaire675n.ts';
import type { Answers } from './visibility.ts';

/** What aggregation needs of a stored answer; the receive date sets the period, never the client clock. */
export interface StoredAnswer {
  organization: string;
  sphere: Sphere;
  /** YYYY-MM-DD, day the receiver stored the answer. */
  receivedOn: string;
  answers: Answers;
}

export interface QuestionCount {
  /** Respondents who were asked the question and answered it. */
  asked: number;
  /** Of them, answered «Да». */
  yes: number;
}

export interface SurveyTally {
  organization: string;
  year: number;
  /** Part of the key so answers sent with a different sphere are never silently merged. */
  sphere: Sphere;
  respondents: number;
  questions: Record<QuestionId, QuestionCount>;
}

export const yesNoQuestionIds: readonly QuestionId[] = questionnaire675n.questions
  .filter((q) => q.kind === 'yesNo')
  .map((q) => q.id);

const emptyCounts = (organization: string, year: number, sphere: Sphere): SurveyTally => ({
  organization,
  year,
  sphere,
  respondents: 0,
  questions: Object.fromEntries(yesNoQuestionIds.map((id) => [id, { asked: 0, yes: 0 }])) as Record<
    QuestionId,
    QuestionCount
  >,
});

function addAnswer(counts: SurveyTally, answers: Answers): void {
  counts.respondents += 1;
  for (const id of yesNoQuestionIds) {
    const value = answers[id];
    if (value === undefined) continue;
    counts.questions[id].asked += 1;
    if (value === 'yes') counts.questions[id].yes += 1;
  }
}

/** Counts sorted by organization, year, sphere. Answers must already have passed the schema. */
export function aggregateAnswers(answers: Iterable<StoredAnswer>): SurveyTally[] {
  const groups = new Map<string, SurveyTally>();
  for (const a of answers) {
    const year = Number(a.receivedOn.slice(0, 4));
    const key = `${a.organization}\u0000${year}\u0000${a.sphere}`;
    const counts = groups.get(key) ?? emptyCounts(a.organization, year, a.sphere);
    groups.set(key, counts);
    addAnswer(counts, a.answers);
  }
  return [...groups.values()].sort(
    (x, y) =>
      x.organization.localeCompare(y.organization) ||
      x.year - y.year ||
      x.sphere.localeCompare(y.sphere),
  );
}
