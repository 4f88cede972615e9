import type { Measure } from '../schemas/index.ts';
import { dueOfMeasure } from './due.ts';
import { progressLabels, progressStatus, type ProgressStatus } from './status.ts';

/** A measure of a plan of measures as of a date: planned day from its deadline, facts from its execution report. */
export const measureProgress = (
  measure: Pick<Measure, 'deadline' | 'report'>,
  period: { from: number; to: number },
  asOf: Date | string,
): ProgressStatus =>
  progressStatus({ due: dueOfMeasure(measure, period), report: measure.report }, asOf);

/**
 * The line under a measure's deadline on its plan's page. Without a report it says only that:
 * the deadline cell above already explains the dates.
 */
export function measureExecutionText(
  measure: Pick<Measure, 'deadline' | 'report'>,
  period: { from: number; to: number },
  asOf: Date | string,
): string {
  if (measure.report === undefined) return progressLabels.noReport;
  const status = measureProgress(measure, period, asOf);
  return `${status.label}. ${status.explanation}`;
}
