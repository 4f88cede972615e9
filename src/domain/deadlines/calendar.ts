import type { Moment, Occurrence } from './schema.ts';
import { memoized } from '../memo.ts';

/** Calendar arithmetic on YYYY-MM-DD strings; they compare correctly as plain strings. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Whether the day exists: 29 February only in leap years, no 31 April. */
export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function lastDayOfMonth(year: number, month: number): string {
  return isoDay(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** The last day a moment covers: the day itself, or the end of its month, quarter, half-year or year. */
export function lastDay(moment: Moment): string {
  switch (moment.kind) {
    case 'date':
      return moment.date;
    case 'month':
      return lastDayOfMonth(moment.year, moment.month);
    case 'quarter':
      return lastDayOfMonth(moment.year, moment.quarter * 3);
    case 'halfYear':
      return lastDayOfMonth(moment.year, moment.half * 6);
    case 'year':
      return isoDay(moment.year, 12, 31);
  }
}

/** The first day a moment covers. */
export function firstDay(moment: Moment): string {
  switch (moment.kind) {
    case 'date':
      return moment.date;
    case 'month':
      return isoDay(moment.year, moment.month, 1);
    case 'quarter':
      return isoDay(moment.year, moment.quarter * 3 - 2, 1);
    case 'halfYear':
      return isoDay(moment.year, moment.half * 6 - 5, 1);
    case 'year':
      return isoDay(moment.year, 1, 1);
  }
}

/** A recurring occurrence placed in a calendar year. */
export function occurrenceIn(occurrence: Occurrence, year: number): Moment {
  switch (occurrence.kind) {
    case 'day':
      return {
        kind: 'date',
        date: isoDay(year, occurrence.month, occurrence.day),
        relation: occurrence.relation,
        yearInferred: false,
      };
    case 'month':
      return { kind: 'month', year, month: occurrence.month };
    case 'quarter':
      return { kind: 'quarter', year, quarter: occurrence.quarter };
  }
}

const moscowDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Moscow',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar day of `asOf`. A Date is read in Moscow time, the time of the federal acts, so
 * that a status computed late in the evening does not jump to the next day in UTC.
 */
export function toIsoDay(asOf: Date | string): string {
  if (typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) return checkedIsoDay(asOf);
  const date = typeof asOf === 'string' ? new Date(asOf) : asOf;
  if (Number.isNaN(date.getTime())) throw new Error(`asOf: не дата: «${String(asOf)}»`);
  return moscowDay.format(date);
}

function checkedIsoDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  if (!isRealDay(year, month, day)) throw new Error(`asOf: нет такого дня: «${isoDate}»`);
  return isoDate;
}

const ruDay = new Intl.DateTimeFormat('ru-RU', { timeZone: 'UTC' });

/** «14.03.2017» */
export const formatDay = memoized((isoDate: string): string => {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return ruDay.format(new Date(Date.UTC(year, month - 1, day)));
});
