import type { CouncilMeeting } from './schemas/index.ts';
import type { Entry } from './content/graph.ts';
import { monthsNominative, romanQuarters } from './deadlines/vocabulary.ts';

/** When a meeting is (or was) due, in words: «I квартал 2016 г.», «январь 2017 г.», «2018 г.». */
export function meetingWhen(meeting: CouncilMeeting): string {
  if (meeting.status === 'held') return meeting.date;
  const { year, quarter, month } = meeting.when;
  if (month !== undefined) return `${monthsNominative[month - 1]} ${year} г.`;
  if (quarter !== undefined) return `${romanQuarters[quarter - 1]} квартал ${year} г.`;
  return `${year} г. (месяц в плане не указан)`;
}

/** The last day a planned meeting could still be held on: the end of its month, quarter or year. */
export function plannedUntil(when: {
  year: number;
  quarter?: number | undefined;
  month?: number | undefined;
}): string {
  const lastMonth = when.month ?? (when.quarter !== undefined ? when.quarter * 3 : 12);
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(when.year, lastMonth, 0));
  return last.toISOString().slice(0, 10);
}

/**
 * Held (a protocol is on the portal), planned (its period is still ahead or under way), or
 * «планировалось»: the period is over and no protocol is known, so it is not presented as ahead.
 */
export function meetingState(
  meeting: CouncilMeeting,
  asOf: string,
): 'held' | 'planned' | 'wasPlanned' {
  if (meeting.status === 'held') return 'held';
  return plannedUntil(meeting.when) < asOf ? 'wasPlanned' : 'planned';
}

/** A sortable key: year, then month (a quarter counts from its first month, unknown last). */
function sortKey(meeting: CouncilMeeting): string {
  if (meeting.status === 'held') return meeting.date;
  const { year, quarter, month } = meeting.when;
  const m = month ?? (quarter !== undefined ? (quarter - 1) * 3 + 1 : 13);
  return `${year}-${String(m).padStart(2, '0')}`;
}

export function meetingYear(meeting: CouncilMeeting): number {
  return meeting.status === 'held' ? Number(meeting.date.slice(0, 4)) : meeting.when.year;
}

/** Meetings by year, in calendar order within each year. */
export function meetingsByYear(
  meetings: Entry<CouncilMeeting>[],
): [number, Entry<CouncilMeeting>[]][] {
  const sorted = [...meetings].sort(
    (a, b) => sortKey(a.data).localeCompare(sortKey(b.data)) || a.id.localeCompare(b.id),
  );
  const years = new Map<number, Entry<CouncilMeeting>[]>();
  for (const m of sorted) {
    const y = meetingYear(m.data);
    years.set(y, [...(years.get(y) ?? []), m]);
  }
  return [...years.entries()];
}

/**
 * Editorial notes every meeting of the list carries («сведений о проведении нет» under each of
 * twelve): the page says them once, above the list, instead of under every meeting.
 */
export function sharedNotes(meetings: readonly Entry<CouncilMeeting>[]): string[] {
  if (meetings.length < 2) return [];
  const [first, ...rest] = meetings.map((m) => new Set(m.data.annotations ?? []));
  return [...first!].filter((note) => rest.every((notes) => notes.has(note)));
}
