import { isRealDay, isoDay } from './calendar.ts';
import { everydayMatchers } from './everyday.ts';
import { asWritten, noPlanYears, word, type Built, type Hit, type Matcher } from './hit.ts';
import {
  DAY_MONTH,
  DURATION,
  END,
  MONTH,
  MONTH_LIST,
  QUARTER,
  YEAR,
  YEAR_RANGE,
  YEARLY_AFTER,
  YEARLY_BEFORE,
  at,
} from './patterns.ts';
import type { Occurrence, ParseContext } from './schema.ts';
import {
  durationUnits,
  monthNumber,
  monthsGenitive,
  monthsNominative,
  quarterNumber,
} from './vocabulary.ts';

export type { Built, Hit, Matcher } from './hit.ts';

type Years = { from: number; to: number; asWritten: false };
const planYears = ({ periodFrom, periodTo }: ParseContext): Years | null =>
  periodFrom === null || periodTo === null
    ? null
    : { from: periodFrom, to: periodTo, asWritten: false };

/** A yearly deadline over the plan years. */
function yearly(hit: Hit, occurrences: Occurrence[], yearOffset = 0): Built {
  const years = planYears(hit.context);
  return years
    ? { kind: 'recurring', raw: hit.text, occurrences, yearOffset, years }
    : noPlanYears(hit);
}

function monthList(list: string): Occurrence[] {
  return list
    .split(/\s*,\s*|\s+и\s+/)
    .map((name) => ({ kind: 'month', month: monthNumber(name, monthsNominative) ?? 0 }));
}

function yearlyDay(hit: Hit): Built {
  const month = monthNumber(word(hit, 3), monthsGenitive) ?? 0;
  const day = Number(word(hit, 2));
  // 2001 is not a leap year: a yearly 29 February would not exist every year.
  if (!isRealDay(2001, month, day))
    return { reason: `дата «${asWritten(hit, 0)}» бывает не каждый год или не существует` };
  return yearly(hit, [{ kind: 'day', month, day, relation: word(hit, 1) ? 'by' : 'on' }]);
}

function exactDay(hit: Hit): Built {
  const month = monthNumber(word(hit, 3), monthsGenitive) ?? 0;
  const day = Number(word(hit, 2));
  const yearInferred = !word(hit, 4);
  const year = yearInferred ? hit.context.periodFrom : Number(word(hit, 4));
  if (year === null) return noPlanYears(hit);
  if (!isRealDay(year, month, day))
    return { reason: `нет такой даты: «${asWritten(hit, 0)}» (${year})` };
  const relation = word(hit, 1) ? 'by' : 'on';
  return { kind: 'date', raw: hit.text, date: isoDay(year, month, day), relation, yearInferred };
}

function relativeDuration(hit: Hit): Built {
  const unit = durationUnits[word(hit, 3)] ?? 'day';
  const relation = word(hit, 4) === 'после' ? 'after' : 'sinceDay';
  const duration = { amount: Number(word(hit, 1) || 1), unit, workingDays: word(hit, 2) !== '' };
  return { kind: 'relative', raw: hit.text, relation, duration, dependsOn: asWritten(hit, 5) };
}

/** «далее – ежегодно»: the part before it, repeated each following year of the plan. */
function thenYearly(hit: Hit): Built {
  const first = hit.previous;
  const { periodTo } = hit.context;
  if (periodTo === null) return noPlanYears(hit);
  const years = (year: number) => ({ from: year + 1, to: periodTo, asWritten: false });
  const recurring = (occurrence: Occurrence, year: number): Built => ({
    kind: 'recurring',
    raw: hit.text,
    occurrences: [occurrence],
    yearOffset: 0,
    years: years(year),
  });
  if (first?.kind === 'date') {
    const [year, month, day] = first.date.split('-').map(Number) as [number, number, number];
    return recurring({ kind: 'day', month, day, relation: first.relation }, year);
  }
  if (first?.kind === 'month') return recurring({ kind: 'month', month: first.month }, first.year);
  if (first?.kind === 'quarter')
    return recurring({ kind: 'quarter', quarter: first.quarter }, first.year);
  return { reason: '«далее – ежегодно» не следует за датой, месяцем или кварталом' };
}

const periodUnits = {
  месяц: 'month',
  квартал: 'quarter',
  год: 'year',
  ежемесячно: 'month',
  ежеквартально: 'quarter',
  ежегодно: 'year',
} as const;

function periodic(hit: Hit): Built {
  const unitWord = (word(hit, 2) || word(hit, 3)) as keyof typeof periodUnits;
  const times = word(hit, 1);
  const years =
    word(hit, 4) !== ''
      ? { from: Number(word(hit, 4)), to: Number(word(hit, 5)), asWritten: true }
      : planYears(hit.context);
  if (!years) return noPlanYears(hit);
  return {
    kind: 'periodic',
    raw: hit.text,
    every: periodUnits[unitWord],
    ...(times ? { timesPerPeriod: Number(times) } : {}),
    years,
  };
}

/**
 * Tried in order at the current position; the first that matches wins. Phrases that run to the
 * end of the cell (events, schedules) come first, so their inner commas and dates stay theirs;
 * yearly forms come before one-off dates, which would otherwise take «до 1 декабря (ежегодно)».
 */
export const matchers: Matcher[] = [
  {
    pattern: at(`в течение\\s+${DURATION}\\s+(после|со дня|с даты|с момента)\\s+(\\S.*?)[\\s.;]*$`),
    build: relativeDuration,
  },
  {
    pattern: at('в сроки,?\\s+(\\S.*?)[\\s.;]*$'),
    build: (hit) => ({
      kind: 'relative',
      raw: hit.text,
      relation: 'setElsewhere',
      dependsOn: asWritten(hit, 1),
    }),
  },
  {
    // «ежегодно по графику»; «в течение года в соответствии с техническим заданием (ежегодно)»
    pattern: at(
      '(?:ежегодно,?\\s+(по\\s+графику.*?)|(в течение года\\s+\\S.*?)\\s*\\(\\s*ежегодно\\s*\\))[\\s.;]*$',
    ),
    build: (hit) => {
      const years = planYears(hit.context);
      const schedule = asWritten(hit, 1) || asWritten(hit, 2);
      return years
        ? { kind: 'periodic', raw: hit.text, every: 'year', schedule, years }
        : noPlanYears(hit);
    },
  },
  {
    pattern: at('(?:в течение года\\s+)?по мере\\s+(?!необходимости)(\\S.*?)[\\s.;]*$'),
    build: (hit) => ({
      kind: 'relative',
      raw: hit.text,
      relation: 'asItOccurs',
      dependsOn: asWritten(hit, 1),
    }),
  },
  { pattern: at(`постоянно${END}`), build: (hit) => ({ kind: 'continuous', raw: hit.text }) },
  {
    pattern: at(`${YEARLY_BEFORE}${MONTH_LIST}${END}`),
    build: (hit) => yearly(hit, monthList(word(hit, 1))),
  },
  {
    pattern: at(
      `(?:(\\d+)\\s+раза?\\s+в\\s+(месяц|квартал|год)|(ежемесячно|ежеквартально|ежегодно))(?:\\s+в течение\\s+${YEAR_RANGE})?${END}`,
    ),
    build: periodic,
  },
  {
    pattern: at(`${MONTH}\\s+года,?\\s+предшествующего\\s+плановому(?:${YEARLY_AFTER})?${END}`),
    build: (hit) => yearly(hit, monthList(word(hit, 1)), -1),
  },
  {
    pattern: at(`${MONTH_LIST}${YEARLY_AFTER}${END}`),
    build: (hit) => yearly(hit, monthList(word(hit, 1))),
  },
  {
    pattern: at(`${QUARTER}${YEARLY_AFTER}${END}`),
    build: (hit) => yearly(hit, [{ kind: 'quarter', quarter: quarterNumber(word(hit, 1)) ?? 0 }]),
  },
  { pattern: at(`${DAY_MONTH}${YEARLY_AFTER}${END}`), build: yearlyDay },
  ...everydayMatchers,
  { pattern: at(`${DAY_MONTH}(?:\\s+${YEAR})?${END}`), build: exactDay },
  {
    pattern: at(`${MONTH}\\s+${YEAR}${END}`),
    build: (hit) => ({
      kind: 'month',
      raw: hit.text,
      month: monthNumber(word(hit, 1), monthsNominative) ?? 0,
      year: Number(word(hit, 2)),
    }),
  },
  {
    pattern: at(`${QUARTER}\\s+${YEAR}${END}`),
    build: (hit) => ({
      kind: 'quarter',
      raw: hit.text,
      quarter: quarterNumber(word(hit, 1)) ?? 0,
      year: Number(word(hit, 2)),
    }),
  },
  {
    pattern: at(`${YEAR}${END}`),
    build: (hit) => ({ kind: 'year', raw: hit.text, year: Number(word(hit, 1)) }),
  },
  {
    pattern: at(`(?:([а-я]+)\\s+)?по\\s+(?:мере\\s+)?необходимости${END}`),
    build: (hit) => ({
      kind: 'onDemand',
      raw: hit.text,
      ...(word(hit, 1) ? { subject: asWritten(hit, 1) } : {}),
    }),
  },
  { pattern: at(`далее\\s*-?\\s*ежегодно${END}`), build: thenYearly },
];
