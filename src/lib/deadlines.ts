// Deadline meaning as of the build date, for display (the logic lives in src/domain/deadlines).
import { asOfDate } from './asOf.ts';

export function describeDeadlineText(raw: string, period: { from: number; to: number }): string {
  void raw;
  void period;
  void asOfDate;
  return '';
}
