import { z } from 'zod';
import {
  annotationsSchema,
  idSchema,
  sourceRefSchema,
  sphereSchema,
  yearSchema,
} from './common.ts';
import { executionReportSchema } from './executionReport.ts';

/**
 * A measure exactly as the plan writes it. Numbers stay as written («1.», «6.3», «II.»);
 * unnumbered items carry an explicit `anchor` so each can still be cited (checked with the
 * other cross-entry rules in ../integrity.ts).
 */
export const measureSchema = z.strictObject({
  number: z
    .string()
    .min(1)
    .nullable()
    .describe('Number exactly as written («1.1.», «6.3», «II.»); null when unnumbered'),
  anchor: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .optional()
    .describe(
      'Stable anchor suffix; required when number is null, otherwise derived from the number',
    ),
  section: z
    .string()
    .min(1)
    .optional()
    .describe('Heading of the part of the plan this measure opens, as written'),
  text: z.string().min(1).describe('Text of the measure as written'),
  form: z.string().min(1).optional().describe('«Форма реализации» column, as written'),
  deadline: z.string().min(1).optional().describe('«Срок исполнения» column, raw text as written'),
  executors: z
    .array(z.string().min(1))
    .default([])
    .describe('«Ответственные исполнители», each line as written'),
  result: z.string().min(1).optional().describe('«Результат» column, as written'),
  annotations: annotationsSchema,
  report: executionReportSchema
    .optional()
    .describe('Execution report, when one has been published'),
  get items() {
    return z.array(measureSchema).default([]).describe('Nested sub-items');
  },
});
export type Measure = z.infer<typeof measureSchema>;

export const planSchema = z
  .strictObject({
    title: z.string().min(1).describe('Title of the plan as written'),
    territory: idSchema.describe('Territory id'),
    act: idSchema.describe('Id of the act that adopts the plan'),
    period: z
      .strictObject({ from: yearSchema, to: yearSchema })
      .refine((p) => p.to >= p.from, { message: 'конец периода раньше начала', path: ['to'] })
      .describe('Years the plan covers'),
    spheres: z.array(sphereSchema).min(1).describe('Spheres of services the plan covers'),
    source: sourceRefSchema.describe('The original document'),
    annotations: annotationsSchema,
    measures: z.array(measureSchema).min(1).describe('Measures in the order of the source'),
  })
  .describe('A plan of measures for organizing the independent assessment');
export type Plan = z.infer<typeof planSchema>;
