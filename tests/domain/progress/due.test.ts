import { describe, expect, it } from 'vitest';
import {
  dueOfMeasure,
  measureExecutionText,
  measureProgress,
} from '../../../src/domain/progress/index.ts';

const period = { from: 2016, to: 2018 };
const report = { reportedOn: '2017-04-01', source: { title: 'Вымышленный отчёт' } };

describe('dueOfMeasure: the planned day of a plan measure, from its deadline text', () => {
  it.each([
    ['до 14 марта 2017 года', '2017-03-14'],
    ['II квартал 2016 г.', '2016-06-30'],
    ['сентябрь 2016', '2016-09-30'],
    ['2017 год', '2017-12-31'],
    ['до 29 февраля 2016 года', '2016-02-29'],
  ])('«%s» is due on %s', (deadline, date) => {
    expect(dueOfMeasure({ deadline }, period)).toMatchObject({ kind: 'date', date });
  });

  it('takes the plan’s first year for a day without a year, and says so', () => {
    expect(dueOfMeasure({ deadline: '15 июня' }, { from: 2013, to: 2015 })).toEqual({
      kind: 'date',
      date: '2013-06-15',
      yearInferred: true,
    });
  });

  it.each([
    ['ежеквартально', 'срок повторяется'],
    ['Январь - ежегодно', 'срок повторяется'],
    ['постоянно', 'постоянно'],
    ['по мере необходимости', 'по мере необходимости'],
    ['в течение 5 дней после утверждения плана мероприятий', 'срок зависит от события'],
    ['Февраль 2016г., Ноябрь 2016г.', 'в сроке несколько дат'],
    ['когда-нибудь', 'срок не распознан'],
  ])('«%s» has no single planned day (%s)', (deadline, reason) => {
    expect(dueOfMeasure({ deadline }, period)).toEqual({ kind: 'none', reason });
  });

  it('a measure without a deadline has none', () => {
    expect(dueOfMeasure({}, period)).toEqual({ kind: 'none', reason: 'срок не указан' });
  });
});

describe('measure progress: the same status as improvement plans', () => {
  it('done late against the parsed deadline', () => {
    const s = measureProgress(
      { deadline: 'до 14 марта 2017 года', report: { ...report, actualDate: '2017-03-20' } },
      period,
      '2020-01-01',
    );
    expect(s).toMatchObject({ state: 'doneLate', daysLate: 6 });
  });

  it('keeps «Сведений об исполнении нет» when there is no report', () => {
    expect(measureExecutionText({ deadline: 'до 14 марта 2017 года' }, period, '2020-01-01')).toBe(
      'Сведений об исполнении нет',
    );
    expect(measureExecutionText({ deadline: 'до 14 марта 2030 года' }, period, '2020-01-01')).toBe(
      'Сведений об исполнении нет',
    );
  });

  it('states the status and why when there is one', () => {
    expect(measureExecutionText({ deadline: 'постоянно', report }, period, '2020-01-01')).toBe(
      'Выполняется. Выполняется по отчёту от 01.04.2017; одной плановой даты нет (постоянно).',
    );
  });
});
