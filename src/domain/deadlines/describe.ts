import { formatDay, lastDay, toIsoDay } from './calendar.ts';
import { collapse, fold } from './normalize.ts';
import type { Deadline, DeadlinePart, Moment, Occurrence } from './schema.ts';
import { partStatus, type DeadlineStatus } from './status.ts';
import {
  monthsGenitive,
  monthsNominative,
  monthsPrepositional,
  romanQuarters,
} from './vocabulary.ts';

/**
 * A short plain-Russian explanation of a deadline as of a date. Wording speaks of the deadline
 * only («срок истёк»), never of the measure («просрочено», «выполнено»): whether a measure was
 * done is known from execution reports, not from dates.
 */

const quarterName = (quarter: number) => `${romanQuarters[quarter - 1] ?? quarter} квартал`;

/** «до 14.03.2017», «сентябрь 2016 г.», «I квартал 2016 г.», «II полугодие 2020 г.», «2017 г.» */
function momentName(moment: Moment): string {
  switch (moment.kind) {
    case 'date':
      return `${moment.relation === 'by' ? 'до ' : ''}${formatDay(moment.date)}`;
    case 'month':
      return `${monthsNominative[moment.month - 1]} ${moment.year} г.`;
    case 'quarter':
      return `${quarterName(moment.quarter)} ${moment.year} г.`;
    case 'halfYear':
      return `${romanQuarters[moment.half - 1] ?? moment.half} полугодие ${moment.year} г.`;
    case 'year':
      return `${moment.year} г.`;
  }
}

/** The moment with its last day spelled out when it spans more than a day. */
function momentWithEnd(moment: Moment): string {
  const name = momentName(moment);
  if (moment.kind === 'date')
    return moment.yearInferred ? `${name} (год в плане не указан, взят первый год плана)` : name;
  return `${name} (до ${formatDay(lastDay(moment))})`;
}

/** «в январе», «в IV квартале», «до 1 декабря», «1 марта» */
function occurrencePhrase(occurrences: Occurrence[]): string {
  const months = occurrences.flatMap((o) =>
    o.kind === 'month' ? [monthsPrepositional[o.month - 1]] : [],
  );
  if (months.length === occurrences.length) return `в ${months.join(', ')}`;
  return occurrences
    .map((o) => {
      if (o.kind === 'quarter') return `в ${romanQuarters[o.quarter - 1] ?? o.quarter} квартале`;
      if (o.kind === 'month') return `в ${monthsPrepositional[o.month - 1]}`;
      return `${o.relation === 'by' ? 'до ' : ''}${o.day} ${monthsGenitive[o.month - 1]}`;
    })
    .join(', ');
}

const everyWords = {
  month: { adverb: 'ежемесячно', noun: 'месяц' },
  quarter: { adverb: 'ежеквартально', noun: 'квартал' },
  year: { adverb: 'ежегодно', noun: 'год' },
} as const;

function repeatingPhrase(part: Extract<DeadlinePart, { kind: 'recurring' | 'periodic' }>): string {
  if (part.kind === 'recurring') {
    const previousYear = part.yearOffset < 0 ? ' года, предшествующего плановому' : '';
    const then = fold(part.raw).startsWith('далее') ? 'далее ' : '';
    return `${then}ежегодно ${occurrencePhrase(part.occurrences)}${previousYear}`;
  }
  const words = everyWords[part.every];
  const base = part.timesPerPeriod ? `${part.timesPerPeriod} раз в ${words.noun}` : words.adverb;
  const years = part.years.asWritten ? ` в ${part.years.from}–${part.years.to} гг.` : '';
  const schedule = part.schedule ? `, ${part.schedule}` : '';
  return `${base}${years}${schedule}`;
}

/** Lower-case the first letter of a fragment cut from a cell, unless it opens an abbreviation. */
function inSentence(text: string): string {
  const collapsed = collapse(text);
  const [first = '', second = ''] = collapsed;
  return second && second === second.toUpperCase() && second !== second.toLowerCase()
    ? collapsed
    : first.toLowerCase() + collapsed.slice(1);
}

const passedText = (status: DeadlineStatus) =>
  status.kind === 'passed' ? 'срок истёк' : 'срок ещё не истёк';

function repeatingStatus(status: DeadlineStatus): string {
  if (status.kind === 'recurring') return `ближайший срок — ${momentWithEnd(status.next)}`;
  return 'период плана завершён';
}

function describePart(part: DeadlinePart, status: DeadlineStatus): string {
  switch (part.kind) {
    case 'date':
    case 'month':
    case 'quarter':
    case 'halfYear':
    case 'year': {
      const { raw: _raw, ...moment } = part;
      return `${momentWithEnd(moment)}, ${passedText(status)}`;
    }
    case 'range':
      return `${momentName(part.from)} – ${momentName(part.to)} (до ${formatDay(lastDay(part.to))}), ${passedText(status)}`;
    case 'recurring':
    case 'periodic':
      return `${repeatingPhrase(part)}; ${repeatingStatus(status)}`;
    case 'continuous':
      return 'постоянно';
    case 'onDemand':
      return part.subject
        ? `${inSentence(part.subject)} — по мере необходимости`
        : 'по мере необходимости';
    case 'relative':
      return `${inSentence(part.raw)} (${part.relation === 'setElsewhere' ? 'срок задан другим документом' : 'срок зависит от события'})`;
  }
}

/** E.g. «до 14.03.2017, срок истёк», «ежегодно в январе; период плана завершён». */
export function describeDeadline(deadline: Deadline, asOf: Date | string): string {
  const day = toIsoDay(asOf);
  if (deadline.kind === 'unknown')
    return deadline.raw.trim()
      ? `«${collapse(deadline.raw)}» (срок не распознан)`
      : 'срок не указан';
  if (deadline.kind === 'list')
    return deadline.parts.map((part) => describePart(part, partStatus(part, day))).join('; ');
  return describePart(deadline, partStatus(deadline, day));
}
