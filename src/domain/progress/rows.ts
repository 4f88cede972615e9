import { z } from 'zod';
import { idSchema, isoDateSchema, sphereSchema, yearSchema } from '../schemas/common.ts';
import { assessmentYear, responsibleText, type ImprovementRow } from './improvementPlans.ts';
import { progressStates } from './status.ts';

/** One improvement-plan row as the download gives it: the facts and the status computed as of the build date. */
export const improvementRowSchema = z.strictObject({
  plan_id: idSchema.describe('Improvement plan id'),
  synthetic: z.boolean().describe('Made-up demonstration data, not a real plan'),
  organization_id: idSchema.describe('Organization id'),
  organization: z.string().describe('Organization name'),
  territory_id: idSchema.describe('Territory id of the organization'),
  sphere: sphereSchema,
  result_id: z.string().describe('Published result the plan answers'),
  assessment_year: yearSchema.nullable().describe('Year of the assessment; empty when not known'),
  number: z.number().int().positive().describe('Row of the plan, from 1'),
  criterion: z.string().describe('Criterion of the 344н-2018 method, К1…К5'),
  shortcoming: z.string().describe('Shortcoming found by the assessment, as written'),
  measure: z.string().describe('Measure to remove it, as written'),
  planned_date: isoDateSchema
    .nullable()
    .describe('Planned day; empty when the plan names no single day'),
  deadline_as_written: z
    .string()
    .nullable()
    .describe('Planned term as written, when more than a date'),
  responsible: z.string().nullable().describe('Responsible officials as published, «; »-separated'),
  done: z.string().nullable().describe('Measures actually taken, as reported'),
  actual_date: isoDateSchema.nullable().describe('Actual day of completion, as reported'),
  status: z.enum(progressStates).describe('Status as of the build date'),
  status_explanation: z.string().describe('Why, in Russian'),
  days_late: z
    .number()
    .int()
    .nullable()
    .describe('Days past the planned day (of completion, or of the build date when not done)'),
});
export type ImprovementRowRecord = z.infer<typeof improvementRowSchema>;

export function improvementRecord(row: ImprovementRow): ImprovementRowRecord {
  const { item, status } = row;
  return {
    plan_id: row.plan.id,
    synthetic: row.plan.data.synthetic,
    organization_id: row.organization.id,
    organization: row.organization.data.name,
    territory_id: row.organization.data.territory,
    sphere: row.organization.data.sphere,
    result_id: row.plan.data.result,
    assessment_year: assessmentYear(row),
    number: row.number,
    criterion: row.criterion.id,
    shortcoming: item.shortcoming,
    measure: item.measure,
    planned_date: item.plannedDate ?? null,
    deadline_as_written: item.deadlineAsWritten ?? null,
    responsible:
      item.responsible.length === 0 ? null : item.responsible.map(responsibleText).join('; '),
    done: item.progress?.done ?? null,
    actual_date: item.progress?.actualDate ?? null,
    status: status.state,
    status_explanation: status.explanation,
    days_late: status.daysLate,
  };
}
