// Deadline meaning as of the build's day, for display (the logic lives in src/domain/deadlines).
import { describeDeadline, parseDeadline } from '../domain/deadlines/index.ts';

export function describeDeadlineText(
  raw: string,
  period: { from: number; to: number },
  asOf: string,
): string {
  return describeDeadline(
    parseDeadline(raw, { periodFrom: period.from, periodTo: period.to }),
    asOf,
  );
}
