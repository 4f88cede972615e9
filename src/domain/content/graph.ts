// The content as loaded, before any index: every entry with the file it came from, and the shape
// of a problem found in it. Plain types, imported by the loaders, the checks and the index alike.
import type { PublishedResult } from '../csv/index.ts';
import type { Assessment } from '../results/assessment.ts';
import type {
  CouncilMeeting,
  CoverageTarget,
  ImprovementPlan,
  LegalAct,
  Organization,
  Plan,
  Territory,
} from '../schemas/index.ts';

/** One entry as the site loads it: its id, the file it came from, and its parsed data. */
export interface Entry<T> {
  id: string;
  filePath: string;
  data: T;
}

export interface ContentGraph {
  territories: Entry<Territory>[];
  acts: Entry<LegalAct>[];
  plans: Entry<Plan>[];
  coverageTargets: Entry<CoverageTarget>[];
  councilMeetings: Entry<CouncilMeeting>[];
  organizations: Entry<Organization>[];
  results: Entry<PublishedResult>[];
  /** Operator inputs the portal computes results from; optional so graphs built without them stay valid. */
  assessments?: Entry<Assessment>[];
  /** Improvement plans (ПП № 457); optional like assessments. */
  improvementPlans?: Entry<ImprovementPlan>[];
}

export interface IntegrityProblem {
  file: string;
  field: string;
  message: string;
}
