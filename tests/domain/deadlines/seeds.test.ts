import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/domain/deadlines/index.ts';
import { seedPlans } from './seedDeadlines.ts';

// Expected readings of every seed deadline, keyed by the raw text of the fixture.
const quarter = (q: number, year: number) => ({ kind: 'quarter', quarter: q, year });
const byDate = (date: string) => ({ kind: 'date', relation: 'by', date, yearInferred: false });
const onDate = (date: string) => ({ kind: 'date', relation: 'on', date, yearInferred: false });
const planYears = (from: number, to: number) => ({ from, to, asWritten: false });
const yearly = (...occurrences: object[]) => ({ kind: 'recurring', yearOffset: 0, occurrences });
const yearlyQuarter = (q: number) => yearly({ kind: 'quarter', quarter: q });
const yearlyMonths = (...months: number[]) =>
  yearly(...months.map((month) => ({ kind: 'month', month })));
const yearlyBy = (month: number, day: number) =>
  yearly({ kind: 'day', month, day, relation: 'by' });
const after = (amount: number, unit: string, workingDays: boolean, dependsOn: string) => ({
  kind: 'relative',
  relation: 'after',
  duration: { amount, unit, workingDays },
  dependsOn,
});
const sinceDay = (amount: number, unit: string, workingDays: boolean, dependsOn: string) => ({
  ...after(amount, unit, workingDays, dependsOn),
  relation: 'sinceDay',
});
const list = (...parts: object[]) => ({ kind: 'list', parts });
const continuous = { kind: 'continuous' };
const informationChange = sinceDay(10, 'day', true, 'создания, получения или изменения информации');

const expected: Record<string, object> = {
  // federal, 2016–2018
  '1 раз в квартал\nв течение \n\n2016-2018 гг.': {
    kind: 'periodic',
    every: 'quarter',
    timesPerPeriod: 1,
    years: { from: 2016, to: 2018, asWritten: true },
  },
  'I квартал\n\n2016 г., далее -  ежегодно': list(quarter(1, 2016), {
    ...yearlyQuarter(1),
    years: planYears(2017, 2018),
  }),
  'II квартал \n\n2016 г.': quarter(2, 2016),
  'III квартал \n\n2016 г.': quarter(3, 2016),
  'IV квартал \n\n2016 г.': quarter(4, 2016),
  'I квартал \n\n2017 г.': quarter(1, 2017),
  'II квартал\n2017 г.': quarter(2, 2017),
  'III квартал \n\n2017 г.': quarter(3, 2017),
  'IV квартал \n\n2017 г.': quarter(4, 2017),
  'I квартал\n2018 г.': quarter(1, 2018),
  'II квартал\n2018 г.': quarter(2, 2018),
  'III квартал \n\n2018 г.': quarter(3, 2018),
  'IV квартал\n2018 г.': quarter(4, 2018),
  'по мере необходимости': { kind: 'onDemand' },
  'I квартал \n\n2016 г.': quarter(1, 2016),
  'постоянно \nв течение 10 рабочих дней со дня создания, получения или изменения информации': list(
    continuous,
    informationChange,
  ),
  ежегодно: { kind: 'periodic', every: 'year', years: planYears(2016, 2018) },
  'I квартал (ежегодно)': { ...yearlyQuarter(1), years: planYears(2016, 2018) },
  'I квартал (ежегодно) ': yearlyQuarter(1),
  'II  квартал (ежегодно)': yearlyQuarter(2),
  'IV квартал \n\n(ежегодно)': yearlyQuarter(4),
  'IV квартал (ежегодно)': yearlyQuarter(4),
  'IV квартал (ежегодно)\nв течение месяца после поступления информации от Общественного совета':
    list(
      yearlyQuarter(4),
      after(1, 'month', false, 'поступления информации от Общественного совета'),
    ),
  'IV квартал (ежегодно) \nв  течение 5 рабочих дней после поступления информации  о результатах независимой оценки  от Общественного совета':
    list(
      yearlyQuarter(4),
      after(
        5,
        'day',
        true,
        'поступления информации о результатах независимой оценки от Общественного совета',
      ),
    ),
  'IV квартал (ежегодно) \n\nв течение месяца со дня поступления информации': list(
    yearlyQuarter(4),
    sinceDay(1, 'month', false, 'поступления информации'),
  ),
  'IV квартал (ежегодно) \n\nв течение 5 дней после утверждения плана мероприятий': list(
    yearlyQuarter(4),
    after(5, 'day', false, 'утверждения плана мероприятий'),
  ),
  'в сроки, установленные планом мероприятий': {
    kind: 'relative',
    relation: 'setElsewhere',
    dependsOn: 'установленные планом мероприятий',
  },
  постоянно: continuous,
  ежеквартально: { kind: 'periodic', every: 'quarter', years: planYears(2016, 2018) },

  // Tatarstan, 2018–2021
  '1 раз в квартал в течение 2018 – 2021 годов': {
    kind: 'periodic',
    every: 'quarter',
    timesPerPeriod: 1,
    years: { from: 2018, to: 2021, asWritten: true },
  },
  'постоянно  в течение 10 рабочих дней со дня создания, получения или изменения информации': list(
    continuous,
    informationChange,
  ),
  'декабрь 2017 года': { kind: 'month', month: 12, year: 2017 },
  'декабрь года, предшествующего плановому (ежегодно)': {
    ...yearlyMonths(12),
    yearOffset: -1,
    years: planYears(2018, 2021),
  },
  'январь (ежегодно)': { ...yearlyMonths(1), years: planYears(2018, 2021) },
  'февраль (ежегодно)': yearlyMonths(2),
  'в течение года в соответствии с техническим заданием (ежегодно)': {
    kind: 'periodic',
    every: 'year',
    schedule: 'в течение года в соответствии с техническим заданием',
    years: planYears(2018, 2021),
  },
  'до 1 декабря (ежегодно), в течение года по мере проведения оценок': list(yearlyBy(12, 1), {
    kind: 'relative',
    relation: 'asItOccurs',
    dependsOn: 'проведения оценок',
  }),
  'до 1 декабря (ежегодно), в течение 5 рабочих дней после поступления информации о результатах независимой оценки качества оказания услуг организациями от общественно-го совета':
    list(
      yearlyBy(12, 1),
      after(
        5,
        'day',
        true,
        'поступления информации о результатах независимой оценки качества оказания услуг организациями от общественно-го совета',
      ),
    ),
  'IV квартал (ежегодно), в течение месяца со дня поступления информации': list(
    yearlyQuarter(4),
    sinceDay(1, 'month', false, 'поступления информации'),
  ),
  'IV квартал (ежегодно), в течение 5 дней после утверждения плана мероприятий': list(
    yearlyQuarter(4),
    after(5, 'day', false, 'утверждения плана мероприятий'),
  ),
  'до 1 марта (ежегодно)': { ...yearlyBy(3, 1), years: planYears(2018, 2021) },

  // Stavropol, 2017
  'до 14 марта 2017 года\n\n\n\n\n\n\n\n\nдо 14 марта 2017 года': list(
    byDate('2017-03-14'),
    byDate('2017-03-14'),
  ),
  'до 22 марта 2017 года': byDate('2017-03-22'),
  'до 14 апреля 2017 года': byDate('2017-04-14'),
  'до 28 августа 2017 года': byDate('2017-08-28'),
  'до 28 сентября 2017 года': byDate('2017-09-28'),
  'до 1 декабря 2017 года': byDate('2017-12-01'),

  // Belgorod, 2013–2015
  '30 мая 2013 года': onDate('2013-05-30'),
  '15 июня': { ...onDate('2013-06-15'), yearInferred: true },
  '30 июня 2013 года': onDate('2013-06-30'),
  '30 июля 2013 года': onDate('2013-07-30'),
  '15 августа 2013 года': onDate('2013-08-15'),
  'I квартал 2014 года': quarter(1, 2014),
  '1 марта 2014 года, далее – ежегодно': list(onDate('2014-03-01'), {
    ...yearly({ kind: 'day', month: 3, day: 1, relation: 'on' }),
    raw: 'далее – ежегодно',
    years: planYears(2015, 2015),
  }),
  '1 февраля 2014 года, далее – ежегодно': list(onDate('2014-02-01'), {
    ...yearly({ kind: 'day', month: 2, day: 1, relation: 'on' }),
    years: planYears(2015, 2015),
  }),

  // Chojskij rajon, 2016–2018
  'Январь - ежегодно': { ...yearlyMonths(1), years: planYears(2016, 2018) },
  'Апрель - ежегодно': yearlyMonths(4),
  'Февраль 2016г., Ноябрь 2016г., 2017г., 2018г.': list(
    { kind: 'month', month: 2, year: 2016, raw: 'Февраль 2016г.' },
    { kind: 'month', month: 11, year: 2016 },
    { kind: 'year', year: 2017 },
    { kind: 'year', year: 2018, raw: '2018г.' },
  ),
  'Ежегодно-январь': yearlyMonths(1),
  'Ежегодно по графику': {
    kind: 'periodic',
    every: 'year',
    schedule: 'по графику',
    years: planYears(2016, 2018),
  },
  'Ежегодно: март,\n\n\t\t\tиюнь, сентябрь': yearlyMonths(3, 6, 9),
  'Ежегодно-: декабрь': yearlyMonths(12),
  'В течение месяца после поступления информации от Общественного совета': after(
    1,
    'month',
    false,
    'поступления информации от Общественного совета',
  ),
  'В сроки, установленные планами': {
    kind: 'relative',
    relation: 'setElsewhere',
    dependsOn: 'установленные планами',
  },
  'Сентябрь 2016г.': { kind: 'month', month: 9, year: 2016 },
  'Ежегодно - январь': yearlyMonths(1),
  'Изменения по необходимости': { kind: 'onDemand', subject: 'Изменения' },
  // No year and no «ежегодно»: the plan's first year is taken and flagged, as for «15 июня».
  'до 1 декабря, в течение 5 дней после утверждения результатов Общественным советом': list(
    { kind: 'date', relation: 'by', date: '2016-12-01', yearInferred: true },
    after(5, 'day', false, 'утверждения результатов Общественным советом'),
  ),
  'В течение 5 дней после утверждения плана мероприятий': after(
    5,
    'day',
    false,
    'утверждения плана мероприятий',
  ),
};

const rows = seedPlans.flatMap((plan) => plan.deadlines.map((deadline) => ({ ...deadline, plan })));

describe('every deadline of the seed documents', () => {
  it.each(rows)('$plan.file $measure: «$raw»', ({ raw, plan }) => {
    const parsed = parseDeadline(raw, { periodFrom: plan.period.from, periodTo: plan.period.to });
    expect(parsed.raw).toBe(raw);
    expect(expected[raw], 'no expectation for this raw text').toBeDefined();
    expect(parsed).toMatchObject(expected[raw] ?? {});
  });

  it('has no expectation left without a seed string', () => {
    const raws = new Set(rows.map((row) => row.raw));
    expect(Object.keys(expected).filter((raw) => !raws.has(raw))).toEqual([]);
  });

  it('reads every seed deadline: none is unknown', () => {
    const unknown = rows.filter(
      ({ raw, plan }) =>
        parseDeadline(raw, { periodFrom: plan.period.from, periodTo: plan.period.to }).kind ===
        'unknown',
    );
    expect(unknown.map((row) => row.raw)).toEqual([]);
  });
});
