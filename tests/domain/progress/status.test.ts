import { describe, expect, it } from 'vitest';
import {
  dueOn,
  noDue,
  progressStatus,
  type ProgressFacts,
} from '../../../src/domain/progress/index.ts';

const asOf = '2020-06-15';
const at = (facts: ProgressFacts, day = asOf) => progressStatus(facts, day);

describe('progressStatus: the six states', () => {
  it('done on time: the actual day is before the planned day', () => {
    const s = at({ due: dueOn('2020-03-01'), report: { actualDate: '2020-02-20' } });
    expect(s).toMatchObject({
      state: 'doneOnTime',
      label: 'Выполнено в срок',
      due: '2020-03-01',
      actualDate: '2020-02-20',
      daysLate: null,
      pastDueNotDone: false,
    });
    expect(s.explanation).toBe('Выполнено 20.02.2020, плановый срок — 01.03.2020.');
  });

  it('done late: counts the days of delay', () => {
    const s = at({ due: dueOn('2020-03-01'), report: { actualDate: '2020-04-10' } });
    expect(s).toMatchObject({ state: 'doneLate', daysLate: 40, pastDueNotDone: false });
    expect(s.explanation).toContain('опоздание 40 дн.');
  });

  it('overdue: past the planned day, reported but not finished', () => {
    const s = at({ due: dueOn('2020-05-01'), report: { reportedOn: '2020-05-15' } });
    expect(s).toMatchObject({
      state: 'overdue',
      label: 'Просрочено',
      daysLate: 45,
      pastDueNotDone: true,
    });
    expect(s.explanation).toBe(
      'Плановый срок 01.05.2020 истёк 45 дн. назад; по отчёту от 15.05.2020 мероприятие не завершено.',
    );
  });

  it('in progress: reported, not finished, not yet due', () => {
    const s = at({ due: dueOn('2020-12-31'), report: { reportedOn: '2020-06-01' } });
    expect(s).toMatchObject({ state: 'inProgress', pastDueNotDone: false, daysLate: null });
  });

  it('not yet due: no report, planned day ahead', () => {
    const s = at({ due: dueOn('2020-09-01') });
    expect(s).toMatchObject({
      state: 'notYetDue',
      label: 'Срок не наступил',
      pastDueNotDone: false,
    });
    expect(s.explanation).toContain('сведений об исполнении пока нет');
  });

  it('no report: planned day passed and nothing reported — not called overdue without evidence', () => {
    const s = at({ due: dueOn('2020-02-01') });
    expect(s).toMatchObject({
      state: 'noReport',
      label: 'Сведений об исполнении нет',
      daysLate: 135,
      pastDueNotDone: true,
    });
  });
});

describe('progressStatus: date edges', () => {
  it('due today is not late, with or without a report', () => {
    expect(at({ due: dueOn(asOf) }).state).toBe('notYetDue');
    expect(at({ due: dueOn(asOf), report: { reportedOn: asOf } }).state).toBe('inProgress');
    expect(at({ due: dueOn(asOf) }, '2020-06-16')).toMatchObject({
      state: 'noReport',
      daysLate: 1,
      pastDueNotDone: true,
    });
  });

  it('done on the planned day itself is on time; a day later is late', () => {
    expect(at({ due: dueOn('2020-03-01'), report: { actualDate: '2020-03-01' } }).state).toBe(
      'doneOnTime',
    );
    expect(at({ due: dueOn('2020-03-01'), report: { actualDate: '2020-03-02' } })).toMatchObject({
      state: 'doneLate',
      daysLate: 1,
    });
  });

  it('counts across 29 February in a leap year and not in a common year', () => {
    expect(at({ due: dueOn('2020-02-28'), report: { actualDate: '2020-03-01' } }).daysLate).toBe(2);
    expect(at({ due: dueOn('2019-02-28'), report: { actualDate: '2019-03-01' } }).daysLate).toBe(1);
    expect(at({ due: dueOn('2020-02-29'), report: { actualDate: '2020-02-29' } }).state).toBe(
      'doneOnTime',
    );
    expect(at({ due: dueOn('2020-02-29') }, '2020-03-01')).toMatchObject({
      state: 'noReport',
      daysLate: 1,
    });
  });

  it('refuses a day that does not exist as asOf', () => {
    expect(() => at({ due: dueOn('2019-03-01') }, '2019-02-29')).toThrow(/нет такого дня/);
  });

  it('a missing actual date means not done, whatever the report says', () => {
    const facts: ProgressFacts = { due: dueOn('2020-03-01'), report: { reportedOn: '2020-02-01' } };
    expect(at(facts).state).toBe('overdue');
    expect(at(facts, '2020-02-15').state).toBe('inProgress');
    expect(at({ due: dueOn('2020-03-01'), report: {} }).explanation).toContain(
      'по сведениям о ходе реализации',
    );
  });

  it('ignores a report published after asOf: a rebuild for an earlier day must not know it', () => {
    const facts: ProgressFacts = {
      due: dueOn('2020-03-01'),
      report: { actualDate: '2020-02-20', reportedOn: '2020-04-01' },
    };
    expect(at(facts, '2020-03-15').state).toBe('noReport');
    expect(at(facts, '2020-04-01').state).toBe('doneOnTime');
    expect(
      at({ due: dueOn('2020-03-01'), report: { actualDate: '2020-02-20' } }, '2020-02-19').state,
    ).toBe('notYetDue');
  });

  it('reads a Date in Moscow time', () => {
    // 21:30 UTC on 1 March is already 2 March in Moscow: one day past the planned day.
    expect(
      progressStatus({ due: dueOn('2020-03-01') }, new Date('2020-03-01T21:30:00Z')),
    ).toMatchObject({ state: 'noReport', daysLate: 1 });
  });
});

describe('progressStatus: no single planned day', () => {
  const continuous = noDue('«постоянно»');

  it('done is on time, and the explanation says why it cannot be late', () => {
    const s = at({ due: continuous, report: { actualDate: '2020-05-01' } });
    expect(s).toMatchObject({ state: 'doneOnTime', due: null, daysLate: null });
    expect(s.explanation).toContain('одной плановой даты нет («постоянно»), поэтому опоздания нет');
  });

  it('reported is in progress, unreported is no report — never overdue', () => {
    expect(at({ due: continuous, report: { reportedOn: '2020-01-01' } })).toMatchObject({
      state: 'inProgress',
      pastDueNotDone: false,
    });
    const s = at({ due: continuous });
    expect(s).toMatchObject({ state: 'noReport', pastDueNotDone: false, daysLate: null });
    expect(s.explanation).toBe(
      'Сведений об исполнении нет; одной плановой даты нет («постоянно»).',
    );
  });

  it('mentions a year taken from the plan', () => {
    expect(at({ due: { kind: 'date', date: '2013-06-15', yearInferred: true } }).explanation).toBe(
      'Плановый срок 15.06.2013 истёк; сведений об исполнении нет.',
    );
    expect(
      at({ due: { kind: 'date', date: '2030-06-15', yearInferred: true } }).explanation,
    ).toContain('год в плане не указан, взят первый год плана');
  });
});
