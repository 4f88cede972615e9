import { lastDay, parseDeadline, type Deadline } from '../deadlines/index.ts';
import type { Measure } from '../schemas/index.ts';

/**
 * The planned day of a measure, when there is one. A deadline that names a month, quarter,
 * half-year, year or a span of them is due on its last day; one that repeats, runs continuously
 * or depends on an event has no single planned day, and the reason says so instead of guessing one.
 */
export type Due =
  { kind: 'date'; date: string; yearInferred: boolean } | { kind: 'none'; reason: string };

export const dueOn = (date: string): Due => ({ kind: 'date', date, yearInferred: false });
export const noDue = (reason: string): Due => ({ kind: 'none', reason });

const noSingleDay: Record<
  Exclude<Deadline['kind'], 'date' | 'month' | 'quarter' | 'halfYear' | 'year' | 'range'>,
  string
> = {
  recurring: 'срок повторяется',
  periodic: 'срок повторяется',
  continuous: 'постоянно',
  onDemand: 'по мере необходимости',
  relative: 'срок зависит от события',
  list: 'в сроке несколько дат',
  unknown: 'срок не распознан',
};

export function dueFromDeadline(deadline: Deadline): Due {
  switch (deadline.kind) {
    case 'date':
      return { kind: 'date', date: deadline.date, yearInferred: deadline.yearInferred };
    case 'month':
    case 'quarter':
    case 'halfYear':
    case 'year': {
      const { raw: _raw, ...moment } = deadline;
      return dueOn(lastDay(moment));
    }
    case 'range':
      return dueOn(lastDay(deadline.to));
    default:
      return noDue(noSingleDay[deadline.kind]);
  }
}

/** A measure of a plan of measures: its «Срок исполнения» read by the deadline parser. */
export function dueOfMeasure(
  measure: Pick<Measure, 'deadline'>,
  period: { from: number; to: number },
): Due {
  if (measure.deadline === undefined) return noDue('срок не указан');
  return dueFromDeadline(
    parseDeadline(measure.deadline, { periodFrom: period.from, periodTo: period.to }),
  );
}
