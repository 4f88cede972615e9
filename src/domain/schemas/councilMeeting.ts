import { z } from 'zod';
import {
  annotationsSchema,
  idSchema,
  isoDateSchema,
  sourceRefSchema,
  yearSchema,
} from './common.ts';

const agendaItemSchema = z.strictObject({
  text: z.string().min(1).describe('Agenda item as written'),
  measure: z
    .string()
    .optional()
    .describe('Number of the plan measure that puts it on the agenda, as written'),
  measureAnchor: z.string().optional().describe('Anchor of that measure when it is unnumbered'),
});

const common = {
  territory: idSchema.describe('Territory id'),
  council: z.string().min(1).describe('Name of the public council'),
  title: z.string().optional().describe('Title of the meeting, e.g. «Заседание 1»'),
  agenda: z.array(agendaItemSchema).min(1).describe('Agenda items'),
  annotations: annotationsSchema,
};

export const plannedMeetingSchema = z.strictObject({
  status: z.literal('planned'),
  ...common,
  plan: idSchema.describe('Plan whose schedule foresees the meeting'),
  when: z
    .strictObject({
      year: yearSchema,
      quarter: z.number().int().min(1).max(4).optional(),
      month: z.number().int().min(1).max(12).optional(),
    })
    .describe('When the plan schedules it'),
  scheduleAsWritten: z.string().min(1).describe('The deadline text of the plan that schedules it'),
});

export const heldMeetingSchema = z.strictObject({
  status: z.literal('held'),
  ...common,
  plan: idSchema.optional(),
  date: isoDateSchema.describe('Date the meeting was held'),
  decisions: z.array(z.string().min(1)).min(1).describe('Decisions as recorded in the minutes'),
  source: sourceRefSchema.describe('Minutes or publication'),
});

export const councilMeetingSchema = z
  .discriminatedUnion('status', [plannedMeetingSchema, heldMeetingSchema])
  .describe('A public council meeting: planned by a plan, or held');
export type CouncilMeeting = z.infer<typeof councilMeetingSchema>;
