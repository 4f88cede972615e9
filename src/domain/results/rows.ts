// Flat rows behind every results table and chart: what the CSV downloads contain.
import { z } from 'zod';
import type { ContentIndex } from '../contentIndex.ts';
import { sphereSchema } from '../schemas/index.ts';
import { hasValue, type Score } from '../scoring/index.ts';
import { distribution, sphereMeans, type ResultGroup } from './groups.ts';
import type { ResultView } from './view.ts';

const score = (s: Score): number | null => (hasValue(s) ? s.value : null);
const nullableScore = (what: string) =>
  z.number().nullable().describe(`${what}; empty when not published or not computable`);

export const resultRowSchema = z.strictObject({
  organization_id: z.string().describe('Organization id on the portal'),
  organization: z.string().describe('Organization name'),
  sphere: sphereSchema,
  territory: z.string().describe('Territory id of the organization'),
  year: z
    .number()
    .int()
    .nullable()
    .describe('Year of the assessment; empty when the source does not state it'),
  method: z.string().describe('Scoring method id; totals of different methods are not comparable'),
  kind: z
    .enum(['published', 'computed'])
    .describe(
      'published: as an authority published it; computed: by the portal from operator inputs',
    ),
  criterion_1: nullableScore('Criterion К1'),
  criterion_2: nullableScore('Criterion К2'),
  criterion_3: nullableScore('Criterion К3'),
  criterion_4: nullableScore('Criterion К4'),
  criterion_5: nullableScore('Criterion К5'),
  total: nullableScore('Total'),
  max_total: z
    .number()
    .nullable()
    .describe('Highest possible total of the method; empty when unknown'),
  comparison: z
    .enum(['agrees', 'differs', 'notComparable'])
    .nullable()
    .describe('Computed vs published result of the same organization, year and method'),
  source: z.string().describe('Where the result or its inputs come from'),
});
export type ResultRow = z.infer<typeof resultRowSchema>;

function criterionValue(r: ResultView, n: number): number | null {
  const c = r.criteria.find((x) => x.id === `К${n}`);
  return c ? score(c.score) : null;
}

export function resultRow(r: ResultView, index: ContentIndex): ResultRow {
  const org = index.organizationById.get(r.organizationId);
  return {
    organization_id: r.organizationId,
    organization: org?.data.name ?? r.organizationId,
    sphere: r.sphere,
    territory: org?.data.territory ?? '',
    year: r.year,
    method: r.method.id,
    kind: r.kind,
    criterion_1: criterionValue(r, 1),
    criterion_2: criterionValue(r, 2),
    criterion_3: criterionValue(r, 3),
    criterion_4: criterionValue(r, 4),
    criterion_5: criterionValue(r, 5),
    total: score(r.total),
    max_total: r.maxTotal,
    comparison: r.kind === 'computed' ? (r.comparison?.status ?? null) : null,
    source: r.source,
  };
}

export const distributionRowSchema = z.strictObject({
  method: z.string().describe('Scoring method id'),
  year: z.number().int().nullable().describe('Year; empty when not stated'),
  from: z.number().describe('Lower bound of the interval of totals (inclusive)'),
  to: z.number().describe('Upper bound (exclusive, inclusive for the last interval)'),
  count: z.number().int().describe('Organizations whose total falls in the interval'),
});

export const distributionRows = (groups: readonly ResultGroup[]) =>
  groups.flatMap((g) =>
    (distribution(g) ?? []).map((b) => ({
      method: g.method.id,
      year: g.year,
      from: b.from,
      to: b.to,
      count: b.count,
    })),
  );

export const sphereMeanRowSchema = z.strictObject({
  method: z.string().describe('Scoring method id'),
  year: z.number().int().nullable().describe('Year; empty when not stated'),
  sphere: sphereSchema,
  mean: z
    .number()
    .nullable()
    .describe('Mean total of the sphere’s organizations; empty when none has a total'),
  counted: z.number().int().describe('Organizations whose total entered the mean'),
  skipped: z
    .number()
    .int()
    .describe('Organizations left out because their total could not be computed'),
});

export const sphereMeanRows = (groups: readonly ResultGroup[]) =>
  groups.flatMap((g) =>
    sphereMeans(g).map((m) => ({
      method: g.method.id,
      year: g.year,
      sphere: m.sphere,
      mean: score(m.mean),
      counted: m.counted,
      skipped: m.skipped,
    })),
  );
