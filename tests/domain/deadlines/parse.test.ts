import { describe, expect, it } from 'vitest';
import { deadlineSchema, parseDeadline } from '../../../src/domain/deadlines/index.ts';

const plan = { periodFrom: 2016, periodTo: 2018 };
const parse = (raw: string) => parseDeadline(raw, plan);

describe('parseDeadline: the forms of docs/domain.md §5', () => {
  it('reads exact dates: «до …» is a by-date, a bare date names the day', () => {
    expect(parse('до 14 марта 2017 года')).toEqual({
      kind: 'date',
      raw: 'до 14 марта 2017 года',
      date: '2017-03-14',
      relation: 'by',
      yearInferred: false,
    });
    expect(parse('30 мая 2013 года')).toMatchObject({
      kind: 'date',
      date: '2013-05-30',
      relation: 'on',
    });
    expect(parse('к 1 марта 2017 г.')).toMatchObject({
      kind: 'date',
      date: '2017-03-01',
      relation: 'by',
    });
  });

  it('takes the first plan year for a date without a year and says so', () => {
    expect(parseDeadline('15 июня', { periodFrom: 2013, periodTo: 2015 })).toEqual({
      kind: 'date',
      raw: '15 июня',
      date: '2013-06-15',
      relation: 'on',
      yearInferred: true,
    });
  });

  it('reads months, quarters and years with any year suffix', () => {
    expect(parse('декабрь 2017 года')).toMatchObject({ kind: 'month', month: 12, year: 2017 });
    expect(parse('Сентябрь 2016г.')).toMatchObject({ kind: 'month', month: 9, year: 2016 });
    expect(parse('I квартал 2014 года')).toMatchObject({ kind: 'quarter', quarter: 1, year: 2014 });
    expect(parse('II квартал 2016 г.')).toMatchObject({ kind: 'quarter', quarter: 2, year: 2016 });
    expect(parse('III квартал 2016')).toMatchObject({ kind: 'quarter', quarter: 3, year: 2016 });
    expect(parse('4 квартал 2017 года')).toMatchObject({ kind: 'quarter', quarter: 4, year: 2017 });
    expect(parse('2017г.')).toMatchObject({ kind: 'year', year: 2017 });
    expect(parse('2018 год')).toMatchObject({ kind: 'year', year: 2018 });
  });

  it('reads yearly months, days and quarters in every order the plans write them', () => {
    const january = {
      kind: 'recurring',
      occurrences: [{ kind: 'month', month: 1 }],
      yearOffset: 0,
      years: { from: 2016, to: 2018, asWritten: false },
    };
    for (const raw of [
      'Январь - ежегодно',
      'Ежегодно-январь',
      'Ежегодно - январь',
      'январь (ежегодно)',
      'ЕЖЕГОДНО: ЯНВАРЬ',
    ]) {
      expect(parse(raw), raw).toMatchObject(january);
    }
    expect(parse('Ежегодно-: декабрь')).toMatchObject({
      kind: 'recurring',
      occurrences: [{ kind: 'month', month: 12 }],
    });
    expect(parse('Ежегодно: март, июнь, сентябрь')).toMatchObject({
      occurrences: [
        { kind: 'month', month: 3 },
        { kind: 'month', month: 6 },
        { kind: 'month', month: 9 },
      ],
    });
    expect(parse('до 1 декабря (ежегодно)')).toMatchObject({
      kind: 'recurring',
      occurrences: [{ kind: 'day', month: 12, day: 1, relation: 'by' }],
    });
    expect(parse('IV квартал (ежегодно)')).toMatchObject({
      kind: 'recurring',
      occurrences: [{ kind: 'quarter', quarter: 4 }],
    });
  });

  it('puts «декабрь года, предшествующего плановому» one year before each plan year', () => {
    expect(parse('декабрь года, предшествующего плановому (ежегодно)')).toMatchObject({
      kind: 'recurring',
      occurrences: [{ kind: 'month', month: 12 }],
      yearOffset: -1,
    });
  });

  it('reads periodic deadlines', () => {
    expect(parse('1 раз в квартал в течение 2018 – 2021 годов')).toEqual({
      kind: 'periodic',
      raw: '1 раз в квартал в течение 2018 – 2021 годов',
      every: 'quarter',
      timesPerPeriod: 1,
      years: { from: 2018, to: 2021, asWritten: true },
    });
    expect(parse('ежеквартально')).toMatchObject({
      kind: 'periodic',
      every: 'quarter',
      years: { from: 2016, to: 2018, asWritten: false },
    });
    expect(parse('ежегодно')).toMatchObject({ kind: 'periodic', every: 'year' });
    expect(parse('Ежегодно по графику')).toMatchObject({
      kind: 'periodic',
      every: 'year',
      schedule: 'по графику',
    });
    expect(parse('2 раза в год')).toMatchObject({
      kind: 'periodic',
      every: 'year',
      timesPerPeriod: 2,
    });
  });

  it('reads continuous and on-demand deadlines', () => {
    expect(parse('постоянно')).toEqual({ kind: 'continuous', raw: 'постоянно' });
    expect(parse('по мере необходимости')).toEqual({
      kind: 'onDemand',
      raw: 'по мере необходимости',
    });
    expect(parse('Изменения по необходимости')).toEqual({
      kind: 'onDemand',
      raw: 'Изменения по необходимости',
      subject: 'Изменения',
    });
  });

  it('keeps the duration and the event of a relative deadline', () => {
    expect(
      parse('в течение месяца после поступления информации от Общественного совета'),
    ).toMatchObject({
      kind: 'relative',
      relation: 'after',
      duration: { amount: 1, unit: 'month', workingDays: false },
      dependsOn: 'поступления информации от Общественного совета',
    });
    expect(parse('в течение 5 дней после утверждения плана мероприятий')).toMatchObject({
      duration: { amount: 5, unit: 'day', workingDays: false },
      dependsOn: 'утверждения плана мероприятий',
    });
    expect(
      parse('в течение 10 рабочих дней со дня создания, получения или изменения информации'),
    ).toMatchObject({
      relation: 'sinceDay',
      duration: { amount: 10, unit: 'day', workingDays: true },
      dependsOn: 'создания, получения или изменения информации',
    });
    expect(parse('в сроки, установленные планом')).toEqual({
      kind: 'relative',
      raw: 'в сроки, установленные планом',
      relation: 'setElsewhere',
      dependsOn: 'установленные планом',
    });
  });

  it('reads lists and mixes, each part with its own fragment', () => {
    const thenYearly = parseDeadline('1 марта 2014 года, далее – ежегодно', {
      periodFrom: 2013,
      periodTo: 2015,
    });
    expect(thenYearly).toEqual({
      kind: 'list',
      raw: '1 марта 2014 года, далее – ежегодно',
      parts: [
        {
          kind: 'date',
          raw: '1 марта 2014 года',
          date: '2014-03-01',
          relation: 'on',
          yearInferred: false,
        },
        {
          kind: 'recurring',
          raw: 'далее – ежегодно',
          occurrences: [{ kind: 'day', month: 3, day: 1, relation: 'on' }],
          yearOffset: 0,
          years: { from: 2015, to: 2015, asWritten: false },
        },
      ],
    });
    expect(parse('Февраль 2016г., Ноябрь 2016г., 2017г., 2018г.')).toMatchObject({
      kind: 'list',
      parts: [
        { kind: 'month', month: 2, year: 2016 },
        { kind: 'month', month: 11, year: 2016 },
        { kind: 'year', year: 2017 },
        { kind: 'year', year: 2018 },
      ],
    });
    expect(
      parse('IV квартал (ежегодно), в течение месяца со дня поступления информации'),
    ).toMatchObject({
      kind: 'list',
      parts: [{ kind: 'recurring' }, { kind: 'relative', relation: 'sinceDay' }],
    });
    expect(
      parse(
        'постоянно в течение 10 рабочих дней со дня создания, получения или изменения информации',
      ),
    ).toMatchObject({
      kind: 'list',
      parts: [{ kind: 'continuous', raw: 'постоянно' }, { kind: 'relative' }],
    });
  });
});

describe('parseDeadline: spelling variants', () => {
  it('ignores case, extra spaces and line breaks', () => {
    expect(parse('  ДО 14 МАРТА\n 2017   ГОДА ')).toMatchObject({
      kind: 'date',
      date: '2017-03-14',
      relation: 'by',
    });
    expect(parse('I квартал\n\n2016 г., далее -  ежегодно')).toMatchObject({
      kind: 'list',
      parts: [{ kind: 'quarter' }, { kind: 'recurring' }],
    });
  });

  it('treats hyphen, en dash, em dash and minus alike', () => {
    for (const dash of ['-', '–', '—', '−', '‑']) {
      expect(parse(`Январь ${dash} ежегодно`), dash).toMatchObject({ kind: 'recurring' });
      expect(parse(`1 раз в квартал в течение 2018${dash}2021 гг.`), dash).toMatchObject({
        kind: 'periodic',
        years: { from: 2018, to: 2021 },
      });
    }
  });

  it('reads ё as е in key words but keeps it in the text as written', () => {
    expect(parse('в течение месяца после получения отчёта')).toMatchObject({
      kind: 'relative',
      dependsOn: 'получения отчёта',
    });
    expect(parse('в течЁние 5 дней после утверждения плана')).toMatchObject({
      kind: 'relative',
      duration: { amount: 5 },
    });
  });

  it('keeps the raw text exactly, even when it trims a fragment', () => {
    const raw = ' постоянно \n';
    expect(parse(raw)).toEqual({ kind: 'continuous', raw });
  });
});

describe('parseDeadline: never guesses', () => {
  it('refuses days that do not exist, accepts 29 February of a leap year', () => {
    expect(parse('29 февраля 2016 года')).toMatchObject({ kind: 'date', date: '2016-02-29' });
    expect(parse('29 февраля 2017 года')).toMatchObject({
      kind: 'unknown',
      raw: '29 февраля 2017 года',
    });
    expect(parse('31 апреля 2017 года')).toMatchObject({ kind: 'unknown' });
    expect(parse('до 29 февраля (ежегодно)')).toMatchObject({ kind: 'unknown' });
  });

  it('makes the whole cell unknown when any piece is not understood', () => {
    const raw = 'IV квартал (ежегодно), по согласованию с министерством';
    expect(parse(raw)).toEqual({
      kind: 'unknown',
      raw,
      reason: 'не распознано: «по согласованию с министерством»',
    });
    expect(parse('в течение месяца')).toMatchObject({ kind: 'unknown' });
    expect(parse('IV квартал')).toMatchObject({ kind: 'unknown' });
    expect(parse('далее – ежегодно')).toMatchObject({ kind: 'unknown' });
    expect(parse('')).toEqual({ kind: 'unknown', raw: '', reason: 'срок не указан' });
  });

  it('returns only values the schema accepts', () => {
    for (const raw of [
      'до 14 марта 2017 года',
      'Ежегодно: март, июнь',
      '1 раз в квартал',
      'что-то иное',
      'до 1 марта 1815 года',
    ]) {
      expect(deadlineSchema.safeParse(parse(raw)).success, raw).toBe(true);
    }
    // A year out of the schema's range is more likely a scan error than a deadline.
    expect(parse('до 1 марта 1815 года')).toMatchObject({
      kind: 'unknown',
      reason: 'не соответствует схеме: год вне допустимого диапазона',
    });
    expect(parse('III квартал 1016 г.')).toMatchObject({ kind: 'unknown' });
  });
});
