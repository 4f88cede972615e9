// Scoring methods a published result can name, and the scale each fixes. A result always says
// which method produced it (docs/domain.md §8), because totals from different methods are not
// comparable. The scoring module's registry is the one source: a method it adds is accepted here.
import { methods } from '../scoring/methods/index.ts';

export interface ResultMethod {
  /** Highest possible total, when the method fixes one. */
  maxTotal?: number;
  /** Highest score of criterion К1…К5 (by number), when the method states it. */
  maxCriterion: (criterion: number) => number | undefined;
}

function resultMethod(id: string): ResultMethod {
  const method = methods[id]!;
  return {
    ...(method.maxTotal === null ? {} : { maxTotal: method.maxTotal }),
    maxCriterion: (n) => method.criteria.find((c) => c.id === `К${n}`)?.max ?? undefined,
  };
}

export const resultMethodIds = Object.keys(methods) as [string, ...string[]];
export type ResultMethodId = (typeof resultMethodIds)[number];
export const resultMethods: Readonly<Record<string, ResultMethod>> = Object.fromEntries(
  resultMethodIds.map((id) => [id, resultMethod(id)]),
);
