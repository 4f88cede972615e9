// The one content index of a build: the lookups by id (content/lookups.ts) and every lookup
// derived from them, each a field built once here. Nothing else keeps a cache keyed on the
// content: what a page asks twice is a field, and anyone reading this file sees all of them.
import type { ContentGraph, Entry } from './content/graph.ts';
import { contentLookups, type ContentLookups } from './content/lookups.ts';
import { organizationCountsOf } from './organizations/counts.ts';
import type { FinderFiles } from './organizations/finderShards.ts';
import {
  finderFilesOf,
  surveyDirectoryOf,
  type SurveyDirectory,
} from './organizations/surveyLookups.ts';
import {
  improvementRowsOf,
  territoriesWithPlansOf,
  type ImprovementRow,
} from './progress/improvementPlans.ts';
import { resultViewsOf } from './results/collect.ts';
import { resultMeans } from './results/means.ts';
import { resultTerritoriesOf } from './results/territories.ts';
import type { ResultView } from './results/view.ts';
import type { Territory } from './schemas/index.ts';
import type { MeanScore } from './scoring/index.ts';

export interface ContentIndex extends ContentLookups {
  /** The day (YYYY-MM-DD) every deadline and status of this build is judged against. */
  asOf: string;
  /** organization id → its results, published and computed, newest first. */
  resultViews: Map<string, ResultView[]>;
  /** Territories with results in or below them (each gets a results page), in content order. */
  resultTerritories: Entry<Territory>[];
  resultTerritoryIds: Set<string>;
  /** «method|year|sphere» → the mean over every organization (results/means.ts). */
  sphereMeans: Map<string, MeanScore>;
  /** «territory|method|year» → the mean over the territory and every territory within it. */
  territoryMeans: Map<string, MeanScore>;
  /** territory id → organizations in it and every territory within it. */
  organizationCounts: Map<string, number>;
  /** organization id → each of its improvement plans as rows, the latest assessment first. */
  improvementRows: Map<string, ImprovementRow[][]>;
  /** Territories with an improvement plan in or below them. */
  territoriesWithPlans: Set<string>;
  /** The organization finder's files: regions, and each region's (or municipality's) list. */
  finder: FinderFiles;
  /** The shards the questionnaire looks an organization's code up in. */
  surveyDirectory: SurveyDirectory;
}

export function indexContent(graph: ContentGraph, asOf: string): ContentIndex {
  const lookups = contentLookups(graph);
  const resultViews = resultViewsOf(lookups);
  const resultTerritories = resultTerritoriesOf(lookups, resultViews);
  return {
    ...lookups,
    asOf,
    resultViews,
    resultTerritories,
    resultTerritoryIds: new Set(resultTerritories.map((t) => t.id)),
    ...resultMeans(lookups, resultViews),
    organizationCounts: organizationCountsOf(lookups),
    improvementRows: improvementRowsOf(lookups, asOf),
    territoriesWithPlans: territoriesWithPlansOf(lookups),
    finder: finderFilesOf(lookups),
    surveyDirectory: surveyDirectoryOf(lookups),
  };
}
