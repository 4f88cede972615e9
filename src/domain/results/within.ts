import type { ContentIndex } from '../contentIndex.ts';
import { organizationsWithin } from './scope.ts';
import type { ResultView } from './view.ts';

/** All results of the organizations of a territory and of the territories within it. */
export const resultsWithin = (territoryId: string, index: ContentIndex): ResultView[] =>
  organizationsWithin(territoryId, index).flatMap((o) => index.resultViews.get(o.id) ?? []);
