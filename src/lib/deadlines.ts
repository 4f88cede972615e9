// Deadline meaning as of the build date, for display (the logic lives in src/domain/deadlines).
import { describeDeadline, parseDeadline } from '../domain/deadlines/index.ts';
import { asOfDate } from './asOf.ts';

export function describeDeadlineText(raw: string, period: { from: number; to: number }): string {
  return describeDeadline(
    parseDeadline(raw, { periodFrom: period.from, periodTo: period.to }),
    asOfDate(),
  );
}
