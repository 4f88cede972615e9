import { z } from 'zod';
import { annotationsSchema, idSchema, sourceRefSchema, yearSchema } from './common.ts';

export const indicatorKinds = ['assessedShare', 'onlineSurvey', 'councilMeetings'] as const;

export const targetValueSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('number'),
      value: z.number(),
      atLeast: z.boolean().default(false),
    }),
    z
      .strictObject({ kind: z.literal('range'), min: z.number(), max: z.number() })
      .refine((r) => r.max >= r.min, { message: 'max меньше min', path: ['max'] }),
    z.strictObject({ kind: z.literal('boolean'), value: z.boolean() }),
  ])
  .describe('A target: a number, a range kept as a range, or yes/no');
export type TargetValue = z.infer<typeof targetValueSchema>;

export const achievedValueSchema = z
  .strictObject({
    value: z.union([z.number(), z.boolean()]).describe('Achieved value'),
    source: sourceRefSchema.describe('Where the achieved value was published'),
  })
  .describe('An achieved value with its own source');

export const coverageTargetSchema = z
  .strictObject({
    territory: idSchema.describe('Territory id'),
    plan: idSchema.describe('Plan that sets the target'),
    indicator: z.enum(indicatorKinds).describe('Kind of indicator (docs/domain.md §6)'),
    indicatorAsWritten: z.string().min(1).describe('Name of the indicator as written in the plan'),
    unit: z.string().min(1).describe('Unit in Russian: «%», «субъектов РФ», «заседаний», «да/нет»'),
    measure: z
      .string()
      .optional()
      .describe('Number of the plan measure that sets the target, as written'),
    values: z
      .array(
        z.strictObject({
          year: yearSchema,
          byEndOfYear: z
            .boolean()
            .default(false)
            .describe('Target to be reached by the end of the year, not within it'),
          target: targetValueSchema.optional(),
          achieved: achievedValueSchema.optional(),
        }),
      )
      .min(1)
      .describe('Targets and achieved values by year'),
    annotations: annotationsSchema,
  })
  .describe('A coverage target of a territory, year by year');
export type CoverageTarget = z.infer<typeof coverageTargetSchema>;
