// An organization's total next to the means of its territory and of its sphere, counted within the
// same method and year only (the means are fields of the content index: results/means.ts).
import type { ContentIndex } from '../contentIndex.ts';
import type { MeanScore } from '../scoring/index.ts';
import { groupMean } from './groups.ts';
import { sphereMeanKey, territoryMeanKey } from './means.ts';
import type { ResultView } from './view.ts';

export type PeerMeans =
  | { comparable: true; territory: MeanScore; sphere: MeanScore }
  | { comparable: false; reason: string };

export function peerMeans(result: ResultView, index: ContentIndex): PeerMeans {
  // Results of unknown year may come from different assessments: averaging them would be a guess.
  if (result.year === null)
    return {
      comparable: false,
      reason: 'год оценки не указан, поэтому неизвестно, с какими результатами его сравнивать',
    };
  const territoryId = index.organizationById.get(result.organizationId)?.data.territory;
  if (territoryId === undefined)
    return { comparable: false, reason: 'организация не найдена в данных портала' };
  return {
    comparable: true,
    territory: index.territoryMeans.get(territoryMeanKey(territoryId, result)) ?? groupMean([]),
    sphere: index.sphereMeans.get(sphereMeanKey(result)) ?? groupMean([]),
  };
}
