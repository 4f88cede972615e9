import { lastDay, occurrenceIn, toIsoDay } from './calendar.ts';
import type { Deadline, DeadlinePart, Moment, Occurrence } from './schema.ts';

/**
 * What a deadline means as of a date, for display. It says only whether the deadline date has
 * passed — never whether the measure was done: that is the business of execution reports.
 * `date` is the last day the deadline covers (the end of a month, quarter or year); on that day
 * the deadline has not passed yet.
 */
export type DeadlineStatus =
  | { kind: 'passed'; due: Moment; date: string }
  | { kind: 'upcoming'; due: Moment; date: string }
  | { kind: 'recurring'; next: Moment; date: string }
  | { kind: 'periodOver'; years: { from: number; to: number } }
  | { kind: 'continuous' }
  | { kind: 'onDemand' }
  | { kind: 'relative' }
  | { kind: 'unknown' }
  | { kind: 'list'; parts: DeadlineStatus[] };

type Repeating = Extract<DeadlinePart, { kind: 'recurring' | 'periodic' }>;

const allQuarters: Occurrence[] = [1, 2, 3, 4].map((quarter) => ({ kind: 'quarter', quarter }));
const allMonths: Occurrence[] = Array.from({ length: 12 }, (_, i) => ({
  kind: 'month',
  month: i + 1,
}));

function momentsInYear(deadline: Repeating, planYear: number): Moment[] {
  if (deadline.kind === 'recurring') {
    return deadline.occurrences.map((occurrence) =>
      occurrenceIn(occurrence, planYear + deadline.yearOffset),
    );
  }
  if (deadline.every === 'year') return [{ kind: 'year', year: planYear }];
  return (deadline.every === 'quarter' ? allQuarters : allMonths).map((occurrence) =>
    occurrenceIn(occurrence, planYear),
  );
}

/** The first occurrence whose last day is on or after `day`, among the years the repetition runs. */
function nextOccurrence(deadline: Repeating, day: string): DeadlineStatus {
  const { from, to } = deadline.years;
  for (let year = from; year <= to; year += 1) {
    const moments = momentsInYear(deadline, year)
      .map((moment) => ({ moment, date: lastDay(moment) }))
      .sort((a, b) => a.date.localeCompare(b.date));
    const next = moments.find(({ date }) => date >= day);
    if (next) return { kind: 'recurring', next: next.moment, date: next.date };
  }
  return { kind: 'periodOver', years: { from, to } };
}

/** A span is due at the end of its last moment, so its status is that moment's. */
function fixedStatus(due: Moment, day: string): DeadlineStatus {
  const date = lastDay(due);
  return { kind: date < day ? 'passed' : 'upcoming', due, date };
}

/** Status of one understood deadline on a YYYY-MM-DD day. */
export function partStatus(deadline: DeadlinePart, day: string): DeadlineStatus {
  switch (deadline.kind) {
    case 'date':
    case 'month':
    case 'quarter':
    case 'halfYear':
    case 'year': {
      const { raw: _raw, ...due } = deadline;
      return fixedStatus(due, day);
    }
    case 'range':
      return fixedStatus(deadline.to, day);
    case 'recurring':
    case 'periodic':
      return nextOccurrence(deadline, day);
    case 'continuous':
    case 'onDemand':
    case 'relative':
      return { kind: deadline.kind };
  }
}

/** Status of a deadline on `asOf` (a Date, read in Moscow time, or YYYY-MM-DD). */
export function deadlineStatus(deadline: Deadline, asOf: Date | string): DeadlineStatus {
  const day = toIsoDay(asOf);
  if (deadline.kind === 'unknown') return { kind: 'unknown' };
  if (deadline.kind === 'list')
    return { kind: 'list', parts: deadline.parts.map((part) => partStatus(part, day)) };
  return partStatus(deadline, day);
}
