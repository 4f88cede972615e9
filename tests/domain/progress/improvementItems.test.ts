import { describe, expect, it } from 'vitest';
import { dueOfItem, itemStatus } from '../../../src/domain/progress/improvementPlans.ts';
import type { ImprovementItem } from '../../../src/domain/schemas/index.ts';

const item = (fields: Partial<ImprovementItem>): ImprovementItem => ({
  criterion: 'К3',
  shortcoming: 'н',
  measure: 'м',
  responsible: [],
  ...fields,
});

describe('an improvement item whose planned date is only text', () => {
  it.each([
    ['IV квартал 2020 г.', '2020-12-31'],
    ['до 31.12.2019', '2019-12-31'],
    ['I полугодие 2021', '2021-06-30'],
    ['в течение 2020 года', '2020-12-31'],
    ['I–III кварталы 2020', '2020-09-30'],
    ['январь–март 2021', '2021-03-31'],
  ])('«%s» is due on %s', (deadlineAsWritten, date) => {
    expect(dueOfItem(item({ deadlineAsWritten }))).toEqual({
      kind: 'date',
      date,
      yearInferred: false,
    });
  });

  it('is late after the last day of its quarter, not before', () => {
    const quarter = item({ deadlineAsWritten: 'IV квартал 2020 г.' });
    expect(itemStatus(quarter, '2020-12-31')).toMatchObject({
      state: 'notYetDue',
      due: '2020-12-31',
    });
    expect(itemStatus(quarter, '2021-01-01')).toMatchObject({
      state: 'noReport',
      pastDueNotDone: true,
      daysLate: 1,
    });
    expect(itemStatus({ ...quarter, progress: { done: 'Частично' } }, '2021-02-01')).toMatchObject({
      state: 'overdue',
      daysLate: 32,
    });
    expect(
      itemStatus({ ...quarter, progress: { actualDate: '2021-01-10' } }, '2021-02-01'),
    ).toMatchObject({ state: 'doneLate', daysLate: 10 });
  });

  it('keeps its words as the reason when the text names no single day', () => {
    expect(dueOfItem(item({ deadlineAsWritten: 'постоянно' }))).toEqual({
      kind: 'none',
      reason: '«постоянно»',
    });
    // A 457 plan has no period: a day without a year is not given one.
    expect(dueOfItem(item({ deadlineAsWritten: '15 июня' }))).toEqual({
      kind: 'none',
      reason: '«15 июня»',
    });
    expect(dueOfItem(item({ deadlineAsWritten: 'до конца года' }))).toEqual({
      kind: 'none',
      reason: '«до конца года»',
    });
    expect(itemStatus(item({ deadlineAsWritten: 'постоянно' }), '2030-01-01')).toMatchObject({
      state: 'noReport',
      pastDueNotDone: false,
    });
  });

  it('prefers the editor’s plannedDate when there is one', () => {
    expect(
      dueOfItem(item({ plannedDate: '2020-12-31', deadlineAsWritten: 'IV квартал 2020 г.' })),
    ).toEqual({ kind: 'date', date: '2020-12-31', yearInferred: false });
  });
});
