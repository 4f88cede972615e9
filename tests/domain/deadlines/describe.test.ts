import { describe, expect, it } from 'vitest';
import { describeDeadline, parseDeadline } from '../../../src/domain/deadlines/index.ts';
import { seedPlans } from './seedDeadlines.ts';

const explain = (raw: string, asOf: string, periodFrom = 2016, periodTo = 2018) =>
  describeDeadline(parseDeadline(raw, { periodFrom, periodTo }), asOf);

describe('describeDeadline', () => {
  it('says whether a one-off deadline has passed, with ru-RU dates', () => {
    expect(explain('до 14 марта 2017 года', '2017-06-01')).toBe('до 14.03.2017, срок истёк');
    expect(explain('до 14 марта 2017 года', '2017-03-14')).toBe('до 14.03.2017, срок ещё не истёк');
    expect(explain('30 мая 2013 года', '2013-01-01')).toBe('30.05.2013, срок ещё не истёк');
    expect(explain('I квартал 2016 г.', '2017-01-01')).toBe(
      'I квартал 2016 г. (до 31.03.2016), срок истёк',
    );
    expect(explain('Сентябрь 2016г.', '2016-09-30')).toBe(
      'сентябрь 2016 г. (до 30.09.2016), срок ещё не истёк',
    );
    expect(explain('2017г.', '2018-01-01')).toBe('2017 г. (до 31.12.2017), срок истёк');
  });

  it('flags a year taken from the plan', () => {
    expect(explain('15 июня', '2014-01-01', 2013, 2015)).toBe(
      '15.06.2013 (год в плане не указан, взят первый год плана), срок истёк',
    );
  });

  it('explains repeating deadlines and the end of the plan period', () => {
    expect(explain('Январь - ежегодно', '2020-01-01')).toBe(
      'ежегодно в январе; период плана завершён',
    );
    expect(explain('Январь - ежегодно', '2017-02-01')).toBe(
      'ежегодно в январе; ближайший срок — январь 2018 г. (до 31.01.2018)',
    );
    expect(explain('Ежегодно: март, июнь, сентябрь', '2017-07-01')).toBe(
      'ежегодно в марте, июне, сентябре; ближайший срок — сентябрь 2017 г. (до 30.09.2017)',
    );
    expect(explain('до 1 декабря (ежегодно)', '2018-03-01', 2018, 2021)).toBe(
      'ежегодно до 1 декабря; ближайший срок — до 01.12.2018',
    );
    expect(explain('IV квартал (ежегодно)', '2018-03-01', 2018, 2021)).toBe(
      'ежегодно в IV квартале; ближайший срок — IV квартал 2018 г. (до 31.12.2018)',
    );
    expect(
      explain('декабрь года, предшествующего плановому (ежегодно)', '2022-01-01', 2018, 2021),
    ).toBe('ежегодно в декабре года, предшествующего плановому; период плана завершён');
    expect(explain('1 раз в квартал в течение 2018 – 2021 годов', '2019-05-05', 2018, 2021)).toBe(
      '1 раз в квартал в 2018–2021 гг.; ближайший срок — II квартал 2019 г. (до 30.06.2019)',
    );
    expect(explain('ежеквартально', '2019-01-01')).toBe('ежеквартально; период плана завершён');
    expect(explain('Ежегодно по графику', '2017-05-05')).toBe(
      'ежегодно, по графику; ближайший срок — 2017 г. (до 31.12.2017)',
    );
  });

  it('explains deadlines without a date without inventing one', () => {
    expect(explain('постоянно', '2017-01-01')).toBe('постоянно');
    expect(explain('по мере необходимости', '2017-01-01')).toBe('по мере необходимости');
    expect(explain('Изменения по необходимости', '2017-01-01')).toBe(
      'изменения — по мере необходимости',
    );
    expect(
      explain(
        'В течение месяца после поступления информации от Общественного совета',
        '2017-01-01',
      ),
    ).toBe(
      'в течение месяца после поступления информации от Общественного совета (срок зависит от события)',
    );
    expect(explain('в сроки, установленные планом мероприятий', '2017-01-01')).toBe(
      'в сроки, установленные планом мероприятий (срок задан другим документом)',
    );
    expect(explain('когда-нибудь\nпотом', '2017-01-01')).toBe(
      '«когда-нибудь потом» (срок не распознан)',
    );
    expect(explain(' ', '2017-01-01')).toBe('срок не указан');
  });

  it('explains each part of a list', () => {
    expect(explain('1 марта 2014 года, далее – ежегодно', '2016-01-01', 2013, 2015)).toBe(
      '01.03.2014, срок истёк; далее ежегодно 1 марта; период плана завершён',
    );
    expect(
      explain(
        'постоянно \nв течение 10 рабочих дней со дня создания, получения или изменения информации',
        '2017-01-01',
      ),
    ).toBe(
      'постоянно; в течение 10 рабочих дней со дня создания, получения или изменения информации (срок зависит от события)',
    );
  });

  it('never speaks of a measure as done or failed, for any seed deadline on any date', () => {
    const verdicts = /выполн|просроч|не исполн|исполнен|сорван|провален/i;
    for (const plan of seedPlans) {
      for (const { raw } of plan.deadlines) {
        for (const asOf of ['2012-01-01', `${plan.period.from}-06-30`, '2030-01-01']) {
          const text = explain(raw, asOf, plan.period.from, plan.period.to);
          expect(text, raw).not.toMatch(verdicts);
          expect(text.length, raw).toBeGreaterThan(0);
        }
      }
    }
  });
});
