import { z } from 'zod';
import { isoDateSchema, sourceRefSchema } from './common.ts';

/** What was reported as done, and when. Status is never stored: it is computed as of a date. */
export const executionReportSchema = z
  .strictObject({
    done: z.string().min(1).optional().describe('Measures actually taken, as reported'),
    actualDate: isoDateSchema.optional().describe('Date the measure was actually completed'),
    reportedOn: isoDateSchema.describe('Date of the report'),
    source: sourceRefSchema.describe('Where the report was published'),
  })
  .describe('A published report on the execution of a measure');
export type ExecutionReport = z.infer<typeof executionReportSchema>;
