import { describe, expect, it } from 'vitest';
import { deadlineStatus, parseDeadline } from '../../../src/domain/deadlines/index.ts';

const status = (raw: string, asOf: Date | string, periodFrom = 2016, periodTo = 2018) =>
  deadlineStatus(parseDeadline(raw, { periodFrom, periodTo }), asOf);

describe('deadlineStatus: one-off deadlines', () => {
  it('has not passed on the deadline day itself, has passed the day after', () => {
    expect(status('до 14 марта 2017 года', '2017-03-14')).toMatchObject({
      kind: 'upcoming',
      date: '2017-03-14',
    });
    expect(status('до 14 марта 2017 года', '2017-03-15')).toMatchObject({
      kind: 'passed',
      date: '2017-03-14',
    });
    expect(status('30 мая 2013 года', '2013-05-30')).toMatchObject({ kind: 'upcoming' });
  });

  it('ends a quarter on its last day', () => {
    const ends = { 1: '2016-03-31', 2: '2016-06-30', 3: '2016-09-30', 4: '2016-12-31' };
    for (const [quarter, end] of Object.entries(ends)) {
      const raw = `${quarter} квартал 2016 г.`;
      expect(status(raw, end), raw).toMatchObject({
        kind: 'upcoming',
        date: end,
        due: { kind: 'quarter', quarter: Number(quarter), year: 2016 },
      });
    }
    expect(status('I квартал 2016 г.', '2016-04-01')).toMatchObject({
      kind: 'passed',
      date: '2016-03-31',
    });
  });

  it('ends February on the 29th in a leap year', () => {
    expect(status('Февраль 2016г.', '2016-02-29')).toMatchObject({
      kind: 'upcoming',
      date: '2016-02-29',
    });
    expect(status('Февраль 2017г.', '2017-02-28')).toMatchObject({
      kind: 'upcoming',
      date: '2017-02-28',
    });
    expect(status('29 февраля 2016 года', '2016-03-01')).toMatchObject({
      kind: 'passed',
      date: '2016-02-29',
    });
  });

  it('ends a year on 31 December', () => {
    expect(status('2017г.', '2017-12-31')).toMatchObject({ kind: 'upcoming', date: '2017-12-31' });
    expect(status('2017г.', '2018-01-01')).toMatchObject({ kind: 'passed' });
  });

  it('keeps a date whose year was inferred', () => {
    expect(status('15 июня', '2013-07-01', 2013, 2015)).toMatchObject({
      kind: 'passed',
      due: { kind: 'date', date: '2013-06-15', yearInferred: true },
    });
  });

  it('reads a Date in Moscow time', () => {
    // 22:30 UTC on 14 March is already 15 March in Moscow.
    expect(status('до 14 марта 2017 года', new Date('2017-03-14T22:30:00Z'))).toMatchObject({
      kind: 'passed',
    });
    expect(status('до 14 марта 2017 года', new Date('2017-03-14T20:30:00Z'))).toMatchObject({
      kind: 'upcoming',
    });
  });

  it('rejects an asOf that is not a date', () => {
    expect(() => status('постоянно', '2017-02-30')).toThrow(/2017-02-30/);
    expect(() => status('постоянно', 'вчера')).toThrow(/вчера/);
  });
});

describe('deadlineStatus: repeating deadlines', () => {
  it('gives the next occurrence on or after asOf', () => {
    expect(status('Январь - ежегодно', '2017-01-31')).toEqual({
      kind: 'recurring',
      next: { kind: 'month', year: 2017, month: 1 },
      date: '2017-01-31',
    });
    expect(status('Январь - ежегодно', '2017-02-01')).toMatchObject({
      kind: 'recurring',
      next: { year: 2018, month: 1 },
    });
    expect(status('Ежегодно: март, июнь, сентябрь', '2017-07-01')).toMatchObject({
      next: { year: 2017, month: 9 },
      date: '2017-09-30',
    });
    expect(status('до 1 декабря (ежегодно)', '2016-12-01')).toMatchObject({
      next: { kind: 'date', date: '2016-12-01', relation: 'by' },
    });
  });

  it('starts with the first plan year when asOf is before the plan', () => {
    expect(status('IV квартал (ежегодно)', '2010-05-05')).toMatchObject({
      kind: 'recurring',
      next: { quarter: 4, year: 2016 },
    });
  });

  it('says the period is over after the last occurrence', () => {
    expect(status('Январь - ежегодно', '2018-02-01')).toEqual({
      kind: 'periodOver',
      years: { from: 2016, to: 2018 },
    });
  });

  it('places «декабрь года, предшествующего плановому» in the year before each plan year', () => {
    const raw = 'декабрь года, предшествующего плановому (ежегодно)';
    expect(status(raw, '2017-06-01', 2018, 2021)).toMatchObject({
      kind: 'recurring',
      next: { year: 2017, month: 12 },
    });
    expect(status(raw, '2020-12-31', 2018, 2021)).toMatchObject({
      kind: 'recurring',
      next: { year: 2020, month: 12 },
    });
    expect(status(raw, '2021-01-01', 2018, 2021)).toMatchObject({ kind: 'periodOver' });
  });

  it('gives the current period of a periodic deadline within its years', () => {
    expect(status('ежеквартально', '2017-08-15')).toMatchObject({
      kind: 'recurring',
      next: { kind: 'quarter', quarter: 3, year: 2017 },
      date: '2017-09-30',
    });
    expect(status('ежегодно', '2017-08-15')).toMatchObject({
      next: { kind: 'year', year: 2017 },
      date: '2017-12-31',
    });
    expect(status('1 раз в квартал в течение 2018 – 2021 годов', '2021-12-31')).toMatchObject({
      kind: 'recurring',
      next: { quarter: 4, year: 2021 },
    });
    expect(status('1 раз в квартал в течение 2018 – 2021 годов', '2022-01-01')).toMatchObject({
      kind: 'periodOver',
      years: { from: 2018, to: 2021 },
    });
  });
});

describe('deadlineStatus: deadlines without a date', () => {
  it('never invents a date', () => {
    expect(status('постоянно', '2017-01-01')).toEqual({ kind: 'continuous' });
    expect(status('по мере необходимости', '2017-01-01')).toEqual({ kind: 'onDemand' });
    expect(status('в течение 5 дней после утверждения плана мероприятий', '2017-01-01')).toEqual({
      kind: 'relative',
    });
    expect(status('в сроки, установленные планом', '2017-01-01')).toEqual({ kind: 'relative' });
    expect(status('когда-нибудь', '2017-01-01')).toEqual({ kind: 'unknown' });
  });

  it('gives a status for each part of a list', () => {
    expect(status('1 марта 2014 года, далее – ежегодно', '2014-06-01', 2013, 2015)).toEqual({
      kind: 'list',
      parts: [
        {
          kind: 'passed',
          due: { kind: 'date', date: '2014-03-01', relation: 'on', yearInferred: false },
          date: '2014-03-01',
        },
        {
          kind: 'recurring',
          next: { kind: 'date', date: '2015-03-01', relation: 'on', yearInferred: false },
          date: '2015-03-01',
        },
      ],
    });
    expect(
      status(
        'IV квартал (ежегодно), в течение месяца со дня поступления информации',
        '2019-01-10',
        2018,
        2021,
      ),
    ).toMatchObject({
      kind: 'list',
      parts: [{ kind: 'recurring', next: { quarter: 4, year: 2019 } }, { kind: 'relative' }],
    });
  });
});
