// Hands survey tallies to the scoring module in its own input shape (src/domain/scoring/inputs.ts),
// validated by its schema so a change on either side fails loudly instead of mis-scoring.
import { surveySchema, type SurveyCounts } from '../scoring/index.ts';
import type { QuestionId } from './questionnaire675n.ts';
import { waitingTimeSpheres } from './questionnaire675n.ts';
import type { SurveyTally } from './aggregate.ts';

/** Which answer feeds which survey input of the scoring method (docs/domain.md §10). */
export const scoringSurveyQuestions = {
  standInfoSatisfied: 'q2',
  siteInfoSatisfied: 'q4',
  servedOnTime: 'q5',
  comfortSatisfied: 'q6',
  disabilityAccessSatisfied: 'q8',
  firstContactCourtesy: 'q9',
  serviceCourtesy: 'q10',
  remoteCourtesy: 'q12',
  wouldRecommend: 'q13',
  organisationalSatisfied: 'q14',
  overallSatisfied: 'q15',
} as const satisfies Record<keyof SurveyCounts, QuestionId>;

export type ScoringSurveyKey = keyof typeof scoringSurveyQuestions;
export const scoringSurveyKeys = Object.keys(scoringSurveyQuestions) as ScoringSurveyKey[];

/** Q5 is left out where the sphere does not ask it, as the scoring input expects. */
export function toScoringSurvey(tally: SurveyTally): SurveyCounts {
  const asksQ5 = waitingTimeSpheres.includes(tally.sphere);
  const entries = scoringSurveyKeys
    .filter((key) => key !== 'servedOnTime' || asksQ5)
    .map((key) => [key, tally.questions[scoringSurveyQuestions[key]]]);
  return surveySchema.parse(Object.fromEntries(entries));
}
