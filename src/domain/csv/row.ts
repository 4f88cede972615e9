// A published result row: one organization's score as an operator or authority published it.
// Missing facts stay missing (no year → unknown year, no criterion → not published), never 0.
import { z } from 'zod';
import { idSchema, sphereSchema, yearSchema } from '../schemas/index.ts';
import { resultMethodIds, resultMethods, type ResultMethod } from './methods.ts';

const text = z.string().trim().min(1, 'пустое значение');
const score = z.number().min(0, 'балл не может быть отрицательным');
const place = z.number().int('место — целое число').min(1, 'место начинается с 1');

const criterionColumns = [
  'criterion_1',
  'criterion_2',
  'criterion_3',
  'criterion_4',
  'criterion_5',
] as const;

const publishedResultShape = {
  organization: text.describe('Organization name as published'),
  organization_id: idSchema
    .optional()
    .describe('Content id of the organization, when it has a page on the portal'),
  sphere: sphereSchema,
  region: text.describe('Region (субъект РФ) as published'),
  municipality: text.optional().describe('Municipality as published'),
  year: yearSchema
    .optional()
    .describe('Year of the assessment; absent when the published copy does not state it'),
  method: z
    .enum(resultMethodIds, {
      error: `неизвестная методика; известные: ${resultMethodIds.join(', ')}`,
    })
    .describe('Scoring method that produced the result (docs/domain.md §8)'),
  operator: text.optional().describe('Operator that collected the data, as published'),
  criterion_1: score
    .optional()
    .describe(
      'Criterion 1 as published (344н: К1 openness of information); absent when not published',
    ),
  criterion_2: score
    .optional()
    .describe('Criterion 2 as published (344н: К2 comfort); absent when not published'),
  criterion_3: score
    .optional()
    .describe(
      'Criterion 3 as published (344н: К3 accessibility for people with disabilities); absent when not published',
    ),
  criterion_4: score
    .optional()
    .describe('Criterion 4 as published (344н: К4 courtesy); absent when not published'),
  criterion_5: score
    .optional()
    .describe('Criterion 5 as published (344н: К5 satisfaction); absent when not published'),
  total: score.describe('Total score as published'),
  max_total: z
    .number()
    .positive('максимум должен быть больше нуля')
    .optional()
    .describe('Highest possible total, as published'),
  rank: place.optional().describe('Place in the published ranking'),
  rank_of: place.optional().describe('Number of organizations in the published ranking'),
  source: text.describe('Where the result was published: a URL or a description'),
  notes: text.optional().describe('Editor notes on quirks of the published copy'),
};

export type ResultColumn = keyof typeof publishedResultShape;

/**
 * The row schema of a file whose header lacks some required columns: those become optional, so
 * that its rows are still checked against the columns it has, and a missing column yields one
 * header error instead of the same invented error on every row.
 */
export function resultSchemaWithout(missing: readonly ResultColumn[]) {
  const shape = { ...publishedResultShape };
  for (const column of missing)
    (shape as Record<string, z.ZodType>)[column] = publishedResultShape[column].optional();
  return z
    .strictObject(shape)
    .superRefine(
      (row, ctx) => {
        for (const issue of boundIssues(row)) ctx.addIssue({ code: 'custom', ...issue });
      },
      // Bounds are checked even when an unrelated cell (say, sphere) is wrong, so that an
      // operator sees every problem of the row at once.
      { when: ({ issues }) => issues.every((issue) => !boundColumns.has(String(issue.path?.[0]))) },
    )
    .describe('One published result of the independent assessment');
}

export const publishedResultSchema = resultSchemaWithout([]);
export type PublishedResult = z.infer<typeof publishedResultSchema>;

const boundColumns = new Set<string>([
  'method',
  'total',
  'max_total',
  'rank',
  'rank_of',
  ...criterionColumns,
]);

type BoundIssue = { path: [ResultColumn]; message: string };

/** Scores must fit the method's scale; the published maximum must agree with the method's. */
function boundIssues(row: PublishedResult): BoundIssue[] {
  // Without a method column (a header fault, reported once) there is no scale to check against.
  const method: ResultMethod | undefined = resultMethods[row.method];
  const issues: BoundIssue[] = [];
  if (method === undefined) return issues;
  if (
    row.max_total !== undefined &&
    method.maxTotal !== undefined &&
    row.max_total !== method.maxTotal
  ) {
    issues.push({
      path: ['max_total'],
      message: `у методики ${row.method} максимум ${method.maxTotal} баллов`,
    });
  }
  const maxTotal = row.max_total ?? method.maxTotal;
  if (maxTotal !== undefined && row.total !== undefined && row.total > maxTotal) {
    issues.push({ path: ['total'], message: `больше максимума ${maxTotal} баллов` });
  }
  for (const [i, column] of criterionColumns.entries()) {
    const value = row[column];
    const maxCriterion = method.maxCriterion(i + 1) ?? maxTotal;
    if (maxCriterion !== undefined && value !== undefined && value > maxCriterion) {
      issues.push({ path: [column], message: `больше максимума ${maxCriterion} баллов` });
    }
  }
  if (row.rank !== undefined && row.rank_of !== undefined && row.rank > row.rank_of) {
    issues.push({ path: ['rank'], message: `место больше числа мест в рейтинге (${row.rank_of})` });
  }
  return issues;
}

/** How a cell of each column is read before the schema sees it. */
export const resultColumns: Record<ResultColumn, 'text' | 'decimal' | 'integer'> = {
  organization: 'text',
  organization_id: 'text',
  sphere: 'text',
  region: 'text',
  municipality: 'text',
  year: 'integer',
  method: 'text',
  operator: 'text',
  criterion_1: 'decimal',
  criterion_2: 'decimal',
  criterion_3: 'decimal',
  criterion_4: 'decimal',
  criterion_5: 'decimal',
  total: 'decimal',
  max_total: 'decimal',
  rank: 'integer',
  rank_of: 'integer',
  source: 'text',
  notes: 'text',
};

/** A column is required when its schema refuses an absent value. */
export const requiredColumns = (Object.keys(publishedResultShape) as ResultColumn[]).filter(
  (column) => !publishedResultShape[column].safeParse(undefined).success,
);
