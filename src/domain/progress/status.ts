import { formatDay, toIsoDay } from '../deadlines/calendar.ts';
import type { Due } from './due.ts';

/**
 * Progress of a measure as of a date, from facts only: when it was due, and what was reported.
 * The one place that decides «выполнено в срок», «просрочено» and the rest — for the rows of
 * improvement plans (ПП № 457) and for the measures of plans of measures that carry a report.
 */

export const progressStates = [
  'doneOnTime',
  'doneLate',
  'overdue',
  'inProgress',
  'notYetDue',
  'noReport',
] as const;
export type ProgressState = (typeof progressStates)[number];

export const progressLabels: Record<ProgressState, string> = {
  doneOnTime: 'Выполнено в срок',
  doneLate: 'Выполнено с опозданием',
  overdue: 'Просрочено',
  inProgress: 'Выполняется',
  notYetDue: 'Срок не наступил',
  noReport: 'Сведений об исполнении нет',
};

/** What was reported. Both dates are optional: a 457 plan often gives neither the report date nor, while work goes on, an actual date. */
export interface ReportFacts {
  actualDate?: string | undefined;
  reportedOn?: string | undefined;
}

export interface ProgressFacts {
  due: Due;
  report?: ReportFacts | undefined;
}

export interface ProgressStatus {
  state: ProgressState;
  label: string;
  /** One or two plain-Russian sentences saying why. */
  explanation: string;
  /** The planned day, when the deadline names one. */
  due: string | null;
  actualDate: string | null;
  /** Days past the planned day: of the completion when done late, of `asOf` when overdue or unreported. */
  daysLate: number | null;
  /** The planned day has passed and no completion is reported: what a list of late measures shows. */
  pastDueNotDone: boolean;
}

const dayNumber = (isoDate: string) =>
  Date.UTC(
    Number(isoDate.slice(0, 4)),
    Number(isoDate.slice(5, 7)) - 1,
    Number(isoDate.slice(8, 10)),
  ) / 86_400_000;
const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from);

function dueText(due: Due): string {
  if (due.kind === 'none') return `одной плановой даты нет (${due.reason})`;
  return `плановый срок — ${formatDay(due.date)}${due.yearInferred ? ' (год в плане не указан, взят первый год плана)' : ''}`;
}

const reportText = (report: ReportFacts) =>
  report.reportedOn
    ? `по отчёту от ${formatDay(report.reportedOn)}`
    : 'по сведениям о ходе реализации';

/**
 * A report counts from the day it was published (or, failing that, the day it says the work was
 * done): a status computed as of an earlier day must not know of it.
 */
function knownReport(report: ReportFacts | undefined, day: string): ReportFacts | undefined {
  const knownOn = report?.reportedOn ?? report?.actualDate;
  return knownOn !== undefined && knownOn > day ? undefined : report;
}

function status(
  state: ProgressState,
  explanation: string,
  facts: Omit<ProgressStatus, 'state' | 'label' | 'explanation'>,
): ProgressStatus {
  return { state, label: progressLabels[state], explanation, ...facts };
}

function done(due: Due, actualDate: string): ProgressStatus {
  const dueDate = due.kind === 'date' ? due.date : null;
  const late = dueDate === null ? 0 : daysBetween(dueDate, actualDate);
  const facts = { due: dueDate, actualDate, pastDueNotDone: false };
  if (late > 0) {
    return status(
      'doneLate',
      `Выполнено ${formatDay(actualDate)}, ${dueText(due)}: опоздание ${late} дн.`,
      { ...facts, daysLate: late },
    );
  }
  const note = dueDate === null ? `; ${dueText(due)}, поэтому опоздания нет` : `, ${dueText(due)}`;
  return status('doneOnTime', `Выполнено ${formatDay(actualDate)}${note}.`, {
    ...facts,
    daysLate: null,
  });
}

function notDone(due: Due, report: ReportFacts | undefined, day: string): ProgressStatus {
  const dueDate = due.kind === 'date' ? due.date : null;
  const facts = { due: dueDate, actualDate: null, daysLate: null, pastDueNotDone: false };
  if (dueDate !== null && dueDate < day) {
    const late = { ...facts, daysLate: daysBetween(dueDate, day), pastDueNotDone: true };
    return report
      ? status(
          'overdue',
          `Плановый срок ${formatDay(dueDate)} истёк ${late.daysLate} дн. назад; ${reportText(report)} мероприятие не завершено.`,
          late,
        )
      : status(
          'noReport',
          `Плановый срок ${formatDay(dueDate)} истёк; сведений об исполнении нет.`,
          late,
        );
  }
  if (report)
    return status('inProgress', `Выполняется ${reportText(report)}; ${dueText(due)}.`, facts);
  return dueDate === null
    ? status('noReport', `Сведений об исполнении нет; ${dueText(due)}.`, facts)
    : status(
        'notYetDue',
        `${capitalize(dueText(due))}, он ещё не наступил; сведений об исполнении пока нет.`,
        facts,
      );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The status of a measure on `asOf` (a Date, read in Moscow time, or YYYY-MM-DD). On the planned
 * day itself the measure is not late yet, and a completion on that day is on time.
 */
export function progressStatus(facts: ProgressFacts, asOf: Date | string): ProgressStatus {
  const day = toIsoDay(asOf);
  const report = knownReport(facts.report, day);
  return report?.actualDate !== undefined
    ? done(facts.due, report.actualDate)
    : notDone(facts.due, report, day);
}
