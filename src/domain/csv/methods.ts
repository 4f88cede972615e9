// Scoring methods a published result can name. A result always says which method produced it
// (DOMAIN §5), because totals from different methods are not comparable.

export interface ResultMethod {
  /** Highest possible total, when the method fixes one. */
  maxTotal?: number;
  /** Highest possible score of one criterion, when the same for all criteria. */
  maxCriterion?: number;
}

export const resultMethods = {
  // Приказ Минтруда № 344н: five criteria of 0–100, total is their mean.
  '344н-2018': { maxTotal: 100, maxCriterion: 100 },
  // Older methods with 160-point totals; criterion maxima differ between criteria.
  'pre-2018-culture-160': { maxTotal: 160 },
  'pre-2018-education-160': { maxTotal: 160 },
  // Older culture method whose maximum the published copies do not state.
  'pre-2018-culture': {},
} as const satisfies Record<string, ResultMethod>;

export type ResultMethodId = keyof typeof resultMethods;
export const resultMethodIds = Object.keys(resultMethods) as [ResultMethodId, ...ResultMethodId[]];
