import type { ScoreResult } from './compute.ts';
import { hasValue, round2 } from './score.ts';

/** Scores as an organization or authority published them; absent = not in the published table. */
export interface PublishedScores {
  method: string;
  /** Keyed by criterion id (К1…К5). */
  criteria: Partial<Record<string, number>>;
  total?: number;
}

/** One compared number; `id` is a criterion id or S for the total. difference = computed − published. */
export interface ScoreDifference {
  id: string;
  computed: number;
  published: number;
  difference: number;
  withinTolerance: boolean;
}

export type Comparison =
  | { status: 'agrees' | 'differs'; compared: ScoreDifference[]; notCompared: string[] }
  | { status: 'notComparable'; reason: string };

function pairs(computed: ScoreResult, published: PublishedScores) {
  const own = [
    ...computed.criteria.map((c) => ({ id: c.id, score: c.score })),
    { id: 'S', score: computed.total },
  ];
  return own.map(({ id, score }) => ({
    id,
    computed: hasValue(score) ? score.value : undefined,
    published: id === 'S' ? published.total : published.criteria[id],
  }));
}

/**
 * Checks a computed result against a published one. Only numbers present on both sides are
 * compared; the rest are listed as not compared (a published table may omit a criterion), so
 * "agrees" never claims more than was checked.
 */
export function compareWithPublished(
  computed: ScoreResult,
  published: PublishedScores,
  tolerance: number,
): Comparison {
  if (!(tolerance >= 0) || !Number.isFinite(tolerance))
    throw new RangeError(`Допуск сравнения должен быть числом ≥ 0, получено ${tolerance}`);
  if (computed.method !== published.method) {
    return {
      status: 'notComparable',
      reason: `разные методики: рассчитано по «${computed.method}», опубликовано по «${published.method}»`,
    };
  }
  const all = pairs(computed, published);
  const compared = all.flatMap(({ id, computed: c, published: p }) => {
    if (c === undefined || p === undefined) return [];
    const difference = round2(c - p);
    return [
      {
        id,
        computed: c,
        published: p,
        difference,
        withinTolerance: Math.abs(difference) <= tolerance + 1e-9,
      },
    ];
  });
  if (compared.length === 0)
    return { status: 'notComparable', reason: 'нет ни одного балла, известного с обеих сторон' };
  const notCompared = all.filter((x) => !compared.some((c) => c.id === x.id)).map((x) => x.id);
  return {
    status: compared.every((c) => c.withinTolerance) ? 'agrees' : 'differs',
    compared,
    notCompared,
  };
}
