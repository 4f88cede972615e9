export { type Assessment, assessmentSchema } from './assessment.ts';
export { byYearDesc, countedResults } from './collect.ts';
export {
  type CoverageAchieved,
  type CoverageVsTarget,
  coverageAchieved,
  coverageAgainstTargets,
  coverageByYear,
  undatedOnly,
} from './coverage.ts';
export {
  type Bucket,
  type ResultGroup,
  type SphereMean,
  distribution,
  groupMean,
  groupResults,
  sphereMeans,
} from './groups.ts';
export { type PeerMeans, peerMeans } from './peers.ts';
export {
  distributionRowSchema,
  distributionRows,
  resultRow,
  resultRowSchema,
  sphereMeanRowSchema,
  sphereMeanRows,
} from './rows.ts';
export { organizationsWithin, territoryAndDescendants } from './scope.ts';
export { resultsWithin } from './within.ts';
export {
  COMPARISON_TOLERANCE,
  NOT_PUBLISHED,
  type ComputedView,
  type CriterionView,
  type PublishedView,
  type ResultView,
  computedView,
  publishedScores,
  publishedView,
} from './view.ts';
export {
  MAX_TABLED_RESULTS,
  RESULTS_PAGE_ROWS,
  byTotalDesc,
  tabled,
  resultsPagePath,
  resultsPages,
  type ResultsPage,
} from './paging.ts';
