import { firstDay, isRealDay, isoDay, lastDay } from './calendar.ts';
import { word, type Built, type Hit, type Matcher } from './hit.ts';
import {
  BY,
  END,
  HALF_YEAR,
  MONTH,
  MONTH_IN,
  MONTH_OF,
  NUMERIC_DATE,
  QUARTER,
  QUARTER_NUMERAL,
  YEAR,
  YEAR_RANGE,
  at,
} from './patterns.ts';
import type { Moment } from './schema.ts';
import {
  halfNumber,
  monthNumber,
  monthsGenitive,
  monthsNominative,
  monthsPrepositional,
  quarterNumber,
} from './vocabulary.ts';

/**
 * The forms plans of measures and improvement plans write besides those of the seed documents:
 * numeric dates, half-years, spans of quarters, months, years or days, and «в течение …»,
 * «до конца …», «в IV квартале …». Each names its year; only «до конца года» takes it from a
 * one-year plan. A span is due at the end of its last moment.
 */

/** «в», «во», «в течение», «до конца» before a period named in the genitive or prepositional case. */
const WITHIN = '(?:в течение|до конца|в|во)\\s+';
/** «4-м», «IV» in «в 4-м квартале». */
const NUMERAL_IN = '(iv|iii|ii|i|[1-4])(?:-?м)?';

type DayMoment = Extract<Moment, { kind: 'date' }>;

function numericDay(hit: Hit, first: number): DayMoment | { reason: string } {
  const [day, month, year] = [first, first + 1, first + 2].map((i) => Number(word(hit, i))) as [
    number,
    number,
    number,
  ];
  if (!isRealDay(year, month, day)) return { reason: `нет такой даты: «${hit.match[0]}»` };
  return { kind: 'date', date: isoDay(year, month, day), relation: 'on', yearInferred: false };
}

function numericDate(hit: Hit): Built {
  const moment = numericDay(hit, 2);
  if ('reason' in moment) return moment;
  return { ...moment, raw: hit.text, relation: word(hit, 1) ? 'by' : 'on' };
}

/** A span whose end comes after its start, or the reason it cannot be one («III–I кварталы»). */
function range(
  hit: Hit,
  from: Moment | { reason: string },
  to: Moment | { reason: string },
): Built {
  if ('reason' in from) return from;
  if ('reason' in to) return to;
  if (firstDay(from) >= firstDay(to) || lastDay(from) >= lastDay(to))
    return { reason: `«${hit.match[0]}»: конец периода не позже начала` };
  return { kind: 'range', raw: hit.text, from, to };
}

const month = (name: string, forms: readonly string[], year: string): Moment => ({
  kind: 'month',
  year: Number(year),
  month: monthNumber(name, forms) ?? 0,
});
const quarter = (numeral: string, year: string): Moment => ({
  kind: 'quarter',
  year: Number(year),
  quarter: quarterNumber(numeral) ?? 0,
});
const half = (numeral: string, year: string): Moment => ({
  kind: 'halfYear',
  year: Number(year),
  half: halfNumber(numeral) ?? 0,
});
const year = (value: string): Moment => ({ kind: 'year', year: Number(value) });

/** A single moment as a deadline part, keeping the cell's text. */
const single = (hit: Hit, moment: Moment): Built => ({ ...moment, raw: hit.text });

/** «до конца года» means the year of a one-year plan; a plan of several years (or none) leaves it open. */
function endOfPlanYear(hit: Hit): Built {
  const { periodFrom, periodTo } = hit.context;
  if (periodFrom === null || periodFrom !== periodTo)
    return { reason: `«${hit.match[0]}»: год не указан, а план не на один год` };
  return single(hit, year(String(periodFrom)));
}

export const everydayMatchers: Matcher[] = [
  {
    pattern: at(`(?:с\\s+)?${NUMERIC_DATE}\\s*(?:-|по)\\s*${NUMERIC_DATE}${END}`),
    build: (hit) => range(hit, numericDay(hit, 1), numericDay(hit, 4)),
  },
  { pattern: at(`${BY}${NUMERIC_DATE}${END}`), build: numericDate },
  {
    pattern: at(`(?:в течение\\s+)?${YEAR_RANGE}${END}`),
    build: (hit) => range(hit, year(word(hit, 1)), year(word(hit, 2))),
  },
  {
    pattern: at(`${MONTH}\\s+${YEAR}\\s*-\\s*${MONTH}\\s+${YEAR}${END}`),
    build: (hit) =>
      range(
        hit,
        month(word(hit, 1), monthsNominative, word(hit, 2)),
        month(word(hit, 3), monthsNominative, word(hit, 4)),
      ),
  },
  {
    pattern: at(`${MONTH}\\s*-\\s*${MONTH}\\s+${YEAR}${END}`),
    build: (hit) =>
      range(
        hit,
        month(word(hit, 1), monthsNominative, word(hit, 3)),
        month(word(hit, 2), monthsNominative, word(hit, 3)),
      ),
  },
  {
    pattern: at(`${QUARTER}\\s+${YEAR}\\s*-\\s*${QUARTER}\\s+${YEAR}${END}`),
    build: (hit) =>
      range(hit, quarter(word(hit, 1), word(hit, 2)), quarter(word(hit, 3), word(hit, 4))),
  },
  {
    pattern: at(
      `${QUARTER_NUMERAL}\\s*-\\s*${QUARTER_NUMERAL}\\s+(?:кварталы|квартал|квартала|кв\\.?)\\s+${YEAR}${END}`,
    ),
    build: (hit) =>
      range(hit, quarter(word(hit, 1), word(hit, 3)), quarter(word(hit, 2), word(hit, 3))),
  },
  {
    pattern: at(`${HALF_YEAR}\\s+${YEAR}${END}`),
    build: (hit) => single(hit, half(word(hit, 1), word(hit, 2))),
  },
  {
    pattern: at(`${WITHIN}(ii|i|[12])(?:-?м)?\\s+(?:полугодия|полугодии)\\s+${YEAR}${END}`),
    build: (hit) => single(hit, half(word(hit, 1), word(hit, 2))),
  },
  {
    pattern: at(`${WITHIN}${NUMERAL_IN}\\s+(?:квартала|квартале|кв\\.?)\\s+${YEAR}${END}`),
    build: (hit) => single(hit, quarter(word(hit, 1), word(hit, 2))),
  },
  {
    pattern: at(`в\\s+${MONTH_IN}\\s+${YEAR}${END}`),
    build: (hit) => single(hit, month(word(hit, 1), monthsPrepositional, word(hit, 2))),
  },
  {
    pattern: at(`(?:в течение|до конца)\\s+${MONTH_OF}\\s+${YEAR}${END}`),
    build: (hit) => single(hit, month(word(hit, 1), monthsGenitive, word(hit, 2))),
  },
  { pattern: at(`${WITHIN}${YEAR}${END}`), build: (hit) => single(hit, year(word(hit, 1))) },
  { pattern: at(`(?:в течение|до конца)\\s+(?:текущего\\s+)?года${END}`), build: endOfPlanYear },
];
