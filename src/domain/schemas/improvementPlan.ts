import { z } from 'zod';
import { method344n2018 } from '../scoring/methods/344n-2018.ts';
import { annotationsSchema, idSchema, isoDateSchema, sourceRefSchema } from './common.ts';
import { executionReportSchema } from './executionReport.ts';

/**
 * The improvement plan of ПП РФ от 17.04.2018 № 457 (docs/domain.md §11): one table per
 * organization after each assessment, grouped by the five criteria of the 344н-2018 method. Status
 * is never stored: it is computed as of a date by src/domain/progress.
 */

/** К1…К5 with a Cyrillic «К», exactly as the scoring method names them. */
export const improvementCriterionIds = method344n2018.criteria.map((c) => c.id) as [
  string,
  ...string[],
];

export const improvementCriterionSchema = z
  .enum(improvementCriterionIds, {
    error: (issue) =>
      `неизвестный критерий «${String(issue.input)}»; в методике 344н-2018 есть ${improvementCriterionIds.join(', ')} (буква «К» — кириллическая)`,
  })
  .describe('Criterion of the 344н-2018 method the shortcoming was found under: К1…К5, Cyrillic К');

const responsibleSchema = z
  .strictObject({
    name: z.string().min(1).optional().describe('Фамилия, имя, отчество as published'),
    position: z.string().min(1).optional().describe('Position as published'),
  })
  .refine((r) => r.name !== undefined || r.position !== undefined, {
    message: 'укажите name или position',
  })
  .describe('Responsible official («ответственный исполнитель»), as published');

/** «Сведения о ходе реализации»: the 457 form keeps them in the plan's own table, so date and source are optional. */
const itemProgressSchema = executionReportSchema
  .extend({
    reportedOn: isoDateSchema
      .optional()
      .describe('Date of the edition of the plan that reports this progress, when known'),
    source: sourceRefSchema
      .optional()
      .describe('Where the progress was published, when not in the plan itself'),
  })
  .refine((p) => p.done !== undefined || p.actualDate !== undefined, {
    message: 'укажите done или actualDate',
    path: ['done'],
  })
  .describe('Progress report: measures actually taken and the actual date');

export const improvementItemSchema = z
  .strictObject({
    criterion: improvementCriterionSchema,
    shortcoming: z
      .string()
      .min(1)
      .describe('«Недостатки, выявленные в ходе независимой оценки», as written'),
    measure: z
      .string()
      .min(1)
      .describe('«Наименование мероприятия по устранению недостатков», as written'),
    plannedDate: isoDateSchema
      .optional()
      .describe(
        '«Плановый срок» as a calendar day: the last day the measure is due; absent when the cell names no single day',
      ),
    deadlineAsWritten: z
      .string()
      .min(1)
      .optional()
      .describe(
        '«Плановый срок» exactly as written, when it is more than a date («до 31.12.2019», «постоянно»)',
      ),
    responsible: z
      .array(responsibleSchema)
      .default([])
      .describe('Responsible officials, in the order published'),
    progress: itemProgressSchema
      .optional()
      .describe('«Сведения о ходе реализации»; absent when nothing was reported'),
    annotations: annotationsSchema,
  })
  .refine((item) => item.plannedDate !== undefined || item.deadlineAsWritten !== undefined, {
    message: 'укажите plannedDate или deadlineAsWritten',
    path: ['plannedDate'],
  })
  .describe('One row of the plan: a shortcoming, the measure that removes it, and its progress');
export type ImprovementItem = z.infer<typeof improvementItemSchema>;

export const improvementPlanSchema = z
  .strictObject({
    organization: idSchema.describe('Organization id'),
    result: idSchema.describe(
      'Published result the plan answers: <results CSV file name without .csv>-<row number>',
    ),
    assessedOn: isoDateSchema
      .optional()
      .describe(
        'Day the assessment results were approved, when known; otherwise 1 January of the result year bounds the actual dates',
      ),
    title: z.string().min(1).optional().describe('Title of the plan as written'),
    approvedBy: z
      .string()
      .min(1)
      .optional()
      .describe('Who approved the plan (position, name), as written'),
    approvedOn: isoDateSchema.optional().describe('Date of approval'),
    synthetic: z
      .boolean()
      .default(false)
      .describe('Made-up demonstration or test data; every page labels it as such'),
    source: sourceRefSchema
      .optional()
      .describe(
        'Where the plan was published (bus.gov.ru, the organization’s site); required unless synthetic',
      ),
    annotations: annotationsSchema,
    items: z
      .array(improvementItemSchema)
      .min(1)
      .describe('Rows of the plan in the order of the source'),
  })
  .refine((plan) => plan.synthetic || plan.source !== undefined, {
    message: 'у настоящего плана должен быть source — где он опубликован',
    path: ['source'],
  })
  .describe('An improvement plan (ПП № 457) of one organization after one assessment');
export type ImprovementPlan = z.infer<typeof improvementPlanSchema>;
