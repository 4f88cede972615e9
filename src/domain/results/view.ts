// One organization's result as every page shows it, whether an authority published it or the
// portal computed it from operator inputs. Missing numbers stay Score-with-reason, never 0.
import type { PublishedResult } from '../csv/index.ts';
import type { Entry } from '../content/graph.ts';
import type { Sphere } from '../schemas/index.ts';
import {
  compareWithPublished,
  computeScores,
  explain,
  methodById,
  noData,
  scoreOf,
  type Comparison,
  type Explanation,
  type PublishedScores,
  type Score,
  type ScoringMethod,
} from '../scoring/index.ts';
import type { Assessment } from './assessment.ts';

export const NOT_PUBLISHED = 'не опубликовано';

/**
 * Published scores are usually rounded to one decimal, computed ones to two: a difference of up
 * to half a unit of the first decimal is rounding, not disagreement. The portal's own choice.
 */
export const COMPARISON_TOLERANCE = 0.05;

export interface CriterionView {
  id: string;
  name: string;
  explanation: string | null;
  max: number | null;
  score: Score;
}

interface ResultBase {
  /** Content entry id: unique across both kinds. */
  key: string;
  organizationId: string;
  sphere: Sphere;
  year: number | null;
  method: ScoringMethod;
  criteria: CriterionView[];
  total: Score;
  maxTotal: number | null;
  source: string;
  operator: string | null;
  notes: string[];
  filePath: string;
}

export interface PublishedView extends ResultBase {
  kind: 'published';
  rank: { place: number; of: number | null } | null;
}

export interface ComputedView extends ResultBase {
  kind: 'computed';
  /** Every indicator, criterion and the total: formula, inputs, value. */
  explanation: Explanation[];
  /** Sphere-specific weightings that were applied, in Russian. */
  variants: string[];
  /** Verdict against the published result of the same organization, year and method, if any. */
  comparison: Comparison | null;
}

export type ResultView = PublishedView | ComputedView;

const columns = [
  'criterion_1',
  'criterion_2',
  'criterion_3',
  'criterion_4',
  'criterion_5',
] as const;
/** К1…К5 are published in the columns criterion_1…criterion_5; other criterion ids have no column. */
const criterionColumn = (id: string) =>
  columns.find((c) => c === `criterion_${/^К([1-5])$/.exec(id)?.[1]}`);

/** The method's criteria with the published numbers; a filled column the method does not name is kept too. */
function publishedCriteria(row: PublishedResult, method: ScoringMethod): CriterionView[] {
  const known = method.criteria.map((c) => {
    const column = criterionColumn(c.id);
    const value = column === undefined ? undefined : row[column];
    return {
      id: c.id,
      name: c.name,
      explanation: c.explanation,
      max: c.max,
      score: value === undefined ? noData(NOT_PUBLISHED) : scoreOf(value),
    };
  });
  const named = new Set(method.criteria.map((c) => criterionColumn(c.id)));
  const extra = columns.flatMap((column, i) => {
    const value = row[column];
    return named.has(column) || value === undefined
      ? []
      : [
          {
            id: `К${i + 1}`,
            name: `Критерий ${i + 1}`,
            explanation: null,
            max: null,
            score: scoreOf(value),
          },
        ];
  });
  return [...known, ...extra];
}

export function publishedView(entry: Entry<PublishedResult>): PublishedView | null {
  const row = entry.data;
  if (row.organization_id === undefined) return null;
  const method = methodById(row.method);
  return {
    kind: 'published',
    key: entry.id,
    organizationId: row.organization_id,
    sphere: row.sphere,
    year: row.year ?? null,
    method,
    criteria: publishedCriteria(row, method),
    total: scoreOf(row.total),
    maxTotal: row.max_total ?? method.maxTotal,
    source: row.source,
    operator: row.operator ?? null,
    notes: row.notes === undefined ? [] : [row.notes],
    filePath: entry.filePath,
    rank: row.rank === undefined ? null : { place: row.rank, of: row.rank_of ?? null },
  };
}

/** The published numbers in the shape compareWithPublished expects. */
export function publishedScores(view: PublishedView): PublishedScores {
  const criteria = Object.fromEntries(
    view.criteria.flatMap((c) => ('value' in c.score ? [[c.id, c.score.value]] : [])),
  );
  return 'value' in view.total
    ? { method: view.method.id, criteria, total: view.total.value }
    : { method: view.method.id, criteria };
}

export function computedView(
  entry: Entry<Assessment>,
  published: PublishedView | undefined,
): ComputedView {
  const a = entry.data;
  const method = methodById(a.method);
  const scores = computeScores(a.inputs, a.method);
  const explanationOf = new Map(method.criteria.map((c) => [c.id, c]));
  return {
    kind: 'computed',
    key: entry.id,
    organizationId: a.organization,
    sphere: scores.sphere,
    year: a.year,
    method,
    criteria: scores.criteria.map((c) => {
      const m = explanationOf.get(c.id);
      return {
        id: c.id,
        name: c.name,
        explanation: m?.explanation ?? null,
        max: m?.max ?? null,
        score: c.score,
      };
    }),
    total: scores.total,
    maxTotal: method.maxTotal,
    source: a.source,
    operator: a.operator ?? null,
    notes: a.annotations ?? [],
    filePath: entry.filePath,
    explanation: explain(a.inputs, a.method),
    variants: scores.variants,
    comparison: published
      ? compareWithPublished(scores, publishedScores(published), COMPARISON_TOLERANCE)
      : null,
  };
}

type AssessmentOf = { organizationId: string; year: number | null; method: { id: string } };

/** Organization, year and method as one string; null when the year is unknown (it pairs with nothing). */
export const assessmentKey = (a: AssessmentOf): string | null =>
  a.year === null ? null : `${a.organizationId}\u0000${a.year}\u0000${a.method.id}`;

/** Same organization, year and method: the pair a computed result is checked against. */
export const sameAssessment = (a: AssessmentOf, b: AssessmentOf): boolean => {
  const key = assessmentKey(a);
  return key !== null && key === assessmentKey(b);
};
