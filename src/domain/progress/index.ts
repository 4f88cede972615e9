/** Progress of measures as of a date: improvement plans (ПП № 457) and plans of measures alike. */
export {
  progressStates,
  progressLabels,
  progressStatus,
  type ProgressFacts,
  type ProgressState,
  type ProgressStatus,
  type ReportFacts,
} from './status.ts';
export { dueFromDeadline, dueOfMeasure, dueOn, noDue, type Due } from './due.ts';
export { tallyProgress, type ProgressTally } from './summary.ts';
export {
  assessmentStart,
  assessmentYear,
  byCriterion,
  dueOfItem,
  improvementCriteria,
  improvementRowsOf,
  itemStatus,
  lateRows,
  organizationPlans,
  responsibleText,
  rowAnchor,
  tallyRows,
  type ImprovementCriterion,
  type ImprovementRow,
} from './improvementPlans.ts';
export { checkImprovementPlans } from './integrity.ts';
export { improvementRecord, improvementRowSchema, type ImprovementRowRecord } from './rows.ts';
export {
  LATE_PAGE_SIZE,
  filterPath,
  latePages,
  regionOf,
  type LateFilter,
  type LatePage,
} from './lateList.ts';
export { measureExecutionText, measureProgress } from './measures.ts';
export {
  lateExcerpt,
  planList,
  type LateExcerpt,
  type PlanList,
  type SphereTally,
} from './territoryLists.ts';
