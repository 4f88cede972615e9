import { z } from 'zod';
import { yearSchema } from '../schemas/common.ts';

/**
 * A deadline as the plans write it («Срок исполнения»), turned into a structure only where the
 * text supports it (docs/domain.md §5). Every deadline keeps its `raw` text; what cannot be read is
 * `unknown`, never guessed.
 */

const rawSchema = z
  .string()
  .describe('Text exactly as written in the plan (for a part of a list: its fragment)');
const monthSchema = z.number().int().min(1).max(12).describe('Month, 1–12');
const quarterSchema = z.number().int().min(1).max(4).describe('Quarter, 1–4');
const daySchema = z.number().int().min(1).max(31).describe('Day of the month');
const relationSchema = z
  .enum(['by', 'on'])
  .describe(
    '«до 14 марта» is a deadline to meet by the day (by); «30 мая» names the day itself (on)',
  );

/** A point or span of the calendar with a year: what a one-off deadline names. */
const dateMoment = z.strictObject({
  kind: z.literal('date'),
  date: z.iso
    .date()
    .refine(
      (day) => yearSchema.safeParse(Number(day.slice(0, 4))).success,
      'год вне допустимого диапазона',
    )
    .describe('The day, YYYY-MM-DD'),
  relation: relationSchema,
  yearInferred: z
    .boolean()
    .describe('The text gives no year; the first year of the plan was taken'),
});
const monthMoment = z.strictObject({
  kind: z.literal('month'),
  year: yearSchema,
  month: monthSchema,
});
const quarterMoment = z.strictObject({
  kind: z.literal('quarter'),
  year: yearSchema,
  quarter: quarterSchema,
});
const halfYearMoment = z.strictObject({
  kind: z.literal('halfYear'),
  year: yearSchema,
  half: z.number().int().min(1).max(2).describe('«I полугодие» is 1, «II полугодие» is 2'),
});
const yearMoment = z.strictObject({ kind: z.literal('year'), year: yearSchema });

export const momentSchema = z
  .discriminatedUnion('kind', [dateMoment, monthMoment, quarterMoment, halfYearMoment, yearMoment])
  .describe('A calendar day, month, quarter, half-year or year');
export type Moment = z.infer<typeof momentSchema>;

/** The same without a year: what a yearly recurring deadline names. */
export const occurrenceSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('day'),
      month: monthSchema,
      day: daySchema,
      relation: relationSchema,
    }),
    z.strictObject({ kind: z.literal('month'), month: monthSchema }),
    z.strictObject({ kind: z.literal('quarter'), quarter: quarterSchema }),
  ])
  .describe('A day, month or quarter that comes back every year');
export type Occurrence = z.infer<typeof occurrenceSchema>;

const yearsSchema = z
  .strictObject({
    from: yearSchema,
    to: yearSchema,
    asWritten: z
      .boolean()
      .describe('The text names these years; otherwise they come from the plan period'),
  })
  .describe(
    'Years the repetition runs; an empty span (to < from) means it has no year left in the plan',
  );

const durationSchema = z
  .strictObject({
    amount: z.number().int().positive().describe('Number of units («в течение месяца» is 1)'),
    unit: z.enum(['day', 'week', 'month', 'year']),
    workingDays: z.boolean().describe('«рабочих дней»: counted in working days'),
  })
  .describe('How long after the event');

const fixedDeadlines = [
  dateMoment.extend({ raw: rawSchema }),
  monthMoment.extend({ raw: rawSchema }),
  quarterMoment.extend({ raw: rawSchema }),
  halfYearMoment.extend({ raw: rawSchema }),
  yearMoment.extend({ raw: rawSchema }),
] as const;

/** «I–III кварталы 2019», «2019–2021 годы», «январь–март 2020»: work over a span, due at the end of its last moment. */
const rangeDeadline = z.strictObject({
  kind: z.literal('range'),
  raw: rawSchema,
  from: momentSchema.describe('The first moment of the span'),
  to: momentSchema.describe('The last moment of the span; it ends after `from` ends'),
});

const recurringDeadline = z.strictObject({
  kind: z.literal('recurring'),
  raw: rawSchema,
  occurrences: z
    .array(occurrenceSchema)
    .min(1)
    .describe('What comes back each year, in the order written'),
  yearOffset: z
    .number()
    .int()
    .max(0)
    .describe(
      '«декабрь года, предшествующего плановому» is −1: the occurrence falls in the year before each plan year',
    ),
  years: yearsSchema,
});

const periodicDeadline = z.strictObject({
  kind: z.literal('periodic'),
  raw: rawSchema,
  every: z
    .enum(['month', 'quarter', 'year'])
    .describe('The period within which the action repeats'),
  timesPerPeriod: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('«1 раз в квартал» is 1; absent for «ежеквартально»'),
  schedule: z
    .string()
    .min(1)
    .optional()
    .describe('Qualifier as written: «по графику», «в соответствии с техническим заданием»'),
  years: yearsSchema,
});

const relativeDeadline = z.strictObject({
  kind: z.literal('relative'),
  raw: rawSchema,
  relation: z
    .enum(['after', 'sinceDay', 'setElsewhere', 'asItOccurs'])
    .describe('«после…», «со дня…», «в сроки, установленные…», «по мере…»'),
  duration: durationSchema.optional(),
  dependsOn: z
    .string()
    .min(1)
    .describe('The event or document the deadline depends on, as written'),
});

const simpleDeadlines = [
  z.strictObject({ kind: z.literal('continuous'), raw: rawSchema }),
  z.strictObject({
    kind: z.literal('onDemand'),
    raw: rawSchema,
    subject: z
      .string()
      .min(1)
      .optional()
      .describe('What is done when needed, as written («Изменения»)'),
  }),
] as const;

export const deadlinePartSchema = z
  .discriminatedUnion('kind', [
    ...fixedDeadlines,
    rangeDeadline,
    recurringDeadline,
    periodicDeadline,
    relativeDeadline,
    ...simpleDeadlines,
  ])
  .describe('One understood deadline');
export type DeadlinePart = z.infer<typeof deadlinePartSchema>;

export const deadlineSchema = z
  .discriminatedUnion('kind', [
    ...deadlinePartSchema.options,
    z.strictObject({
      kind: z.literal('list'),
      raw: rawSchema,
      parts: z
        .array(deadlinePartSchema)
        .min(2)
        .describe('Several deadlines in one cell, in the order written'),
    }),
    z.strictObject({
      kind: z.literal('unknown'),
      raw: rawSchema,
      reason: z.string().min(1).describe('Why the text could not be read, in Russian'),
    }),
  ])
  .describe('A deadline of a plan measure: raw text plus what it means');
export type Deadline = z.infer<typeof deadlineSchema>;

/**
 * The years of the plan a deadline belongs to. Null when the document names none (an improvement
 * plan has no period): then a day without a year, a yearly repetition and «до конца года» stay
 * unknown instead of borrowing a year.
 */
export type ParseContext = { periodFrom: number | null; periodTo: number | null };
