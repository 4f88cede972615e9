export { type Score, hasValue, noData, round2, scoreOf } from './score.ts';
export {
  type AnswerCount,
  type ScoringInputs,
  type SurveyCounts,
  scoringInputsSchema,
  surveySchema,
} from './inputs.ts';
export {
  type Certainty,
  type ComputableMethod,
  type Indicator,
  type PublishedOnlyMethod,
  type ScoringMethod,
  scoringMethodSchema,
} from './methodSchema.ts';
export { methodById, methods } from './methods/index.ts';
export {
  type CriterionResult,
  type Explanation,
  type IndicatorResult,
  type ScoreResult,
  computeScores,
  explain,
} from './compute.ts';
export {
  type Comparison,
  type PublishedScores,
  type ScoreDifference,
  compareWithPublished,
} from './compare.ts';
export { type ScoreBand, bandFor, scoreBands } from './bands.ts';
export { type MeanScore, meanScore } from './aggregate.ts';
export { methodBySlug, methodSlug } from './slug.ts';
