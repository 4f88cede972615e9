import { describe, expect, it } from 'vitest';
import {
  deadlineSchema,
  deadlineStatus,
  describeDeadline,
  parseDeadline,
} from '../../../src/domain/deadlines/index.ts';
import { dueFromDeadline } from '../../../src/domain/progress/due.ts';

// Deadline texts as plans of measures and improvement plans (ПП № 457) write them, beyond the seeds.
const multiYear = { periodFrom: 2019, periodTo: 2021 };
const oneYear = { periodFrom: 2020, periodTo: 2020 };
const noYears = { periodFrom: null, periodTo: null };
const parse = (
  raw: string,
  context: { periodFrom: number | null; periodTo: number | null } = multiYear,
) => parseDeadline(raw, context);
const dashes = ['-', '–', '—'];
/** «I–III», «I – III», «I-III», «I — III»: every dash, with and without spaces. */
const withEveryDash = (left: string, right: string) =>
  dashes.flatMap((dash) => [`${left}${dash}${right}`, `${left} ${dash} ${right}`]);

describe('numeric dates', () => {
  it.each([
    ['31.12.2019', '2019-12-31', 'on'],
    ['до 31.12.2019', '2019-12-31', 'by'],
    ['до 31.12.2019 г.', '2019-12-31', 'by'],
    ['до 01.09.2020г.', '2020-09-01', 'by'],
    ['1.3.2020', '2020-03-01', 'on'],
    ['к 1.09.2020 года', '2020-09-01', 'by'],
    ['не позднее 15.04.2021', '2021-04-15', 'by'],
    ['29.02.2020', '2020-02-29', 'on'],
  ])('«%s» is %s (%s)', (raw, date, relation) => {
    expect(parse(raw)).toEqual({ kind: 'date', raw, date, relation, yearInferred: false });
  });

  it('never rolls an impossible day over into the next month', () => {
    for (const raw of [
      '31.02.2020',
      'до 30.02.2019',
      '29.02.2019',
      '31.04.2020',
      '00.05.2020',
      '12.13.2020',
      '32.01.2020',
    ]) {
      expect(parse(raw), raw).toMatchObject({ kind: 'unknown', raw });
    }
  });

  it('does not read two-digit years or run-on digits', () => {
    expect(parse('до 01.09.20')).toMatchObject({ kind: 'unknown' });
    expect(parse('01.09.20201')).toMatchObject({ kind: 'unknown' });
  });

  it('reads a span of two days', () => {
    for (const raw of [
      ...withEveryDash('01.02.2020', '31.03.2020'),
      'с 01.02.2020 по 31.03.2020',
    ]) {
      expect(parse(raw), raw).toMatchObject({
        kind: 'range',
        raw,
        from: { kind: 'date', date: '2020-02-01' },
        to: { kind: 'date', date: '2020-03-31' },
      });
    }
    expect(parse('31.03.2020 – 01.02.2020')).toMatchObject({ kind: 'unknown' });
  });
});

describe('«в течение <year> года», «до конца <year> года», «в 2020 году»', () => {
  it.each(['в течение 2020 года', 'В течение 2020 г.', 'до конца 2020 года', 'в 2020 году'])(
    '«%s» is the year 2020',
    (raw) => {
      expect(parse(raw)).toEqual({ kind: 'year', raw, year: 2020 });
    },
  );
});

describe('«до конца года», «в течение года»: only with the year of a one-year plan', () => {
  it.each(['до конца года', 'До конца текущего года', 'в течение года'])('«%s»', (raw) => {
    expect(parse(raw, oneYear)).toEqual({ kind: 'year', raw, year: 2020 });
    expect(parse(raw, multiYear)).toMatchObject({ kind: 'unknown', raw });
    expect(parse(raw, noYears)).toMatchObject({ kind: 'unknown', raw });
  });
});

describe('half-years', () => {
  it.each([
    ['I полугодие 2020', 1],
    ['II полугодие 2020 г.', 2],
    ['1 полугодие 2020 года', 1],
    ['2-е полугодие 2020 г.', 2],
    ['Первое полугодие 2020 года', 1],
    ['в I полугодии 2020 г.', 1],
    ['в течение II полугодия 2020 года', 2],
    ['до конца 1 полугодия 2020 г.', 1],
  ])('«%s» is half %d of 2020', (raw, half) => {
    expect(parse(raw)).toEqual({ kind: 'halfYear', raw, year: 2020, half });
  });

  it('is due on 30 June or 31 December', () => {
    expect(dueFromDeadline(parse('I полугодие 2020'))).toEqual({
      kind: 'date',
      date: '2020-06-30',
      yearInferred: false,
    });
    expect(dueFromDeadline(parse('II полугодие 2020'))).toEqual({
      kind: 'date',
      date: '2020-12-31',
      yearInferred: false,
    });
    expect(parse('III полугодие 2020')).toMatchObject({ kind: 'unknown' });
  });
});

describe('quarters in Arabic numerals, words, abbreviations and the prepositional case', () => {
  it.each([
    ['4 квартал 2020', 4],
    ['4 квартал 2020 г.', 4],
    ['4-й квартал 2020 года', 4],
    ['IV кв. 2020 г.', 4],
    ['3 кв 2020', 3],
    ['Четвёртый квартал 2020 года', 4],
    ['первый квартал 2020 г.', 1],
    ['в IV квартале 2020 года', 4],
    ['в 4-м квартале 2020 г.', 4],
    ['в течение III квартала 2020 г.', 3],
    ['до конца II квартала 2020 года', 2],
  ])('«%s» is quarter %d of 2020', (raw, quarter) => {
    expect(parse(raw)).toEqual({ kind: 'quarter', raw, year: 2020, quarter });
  });

  it('refuses a fifth quarter', () => {
    expect(parse('5 квартал 2020')).toMatchObject({ kind: 'unknown' });
    expect(parse('V квартал 2020')).toMatchObject({ kind: 'unknown' });
  });
});

describe('ranges of quarters', () => {
  it('reads «I–III кварталы 2019» with every dash, due at the end of the third quarter', () => {
    for (const raw of [
      ...withEveryDash('I', 'III кварталы 2019'),
      'I-III квартал 2019 г.',
      '1-3 кварталы 2019 года',
      '1–3 кв. 2019',
    ]) {
      const parsed = parse(raw);
      expect(parsed, raw).toEqual({
        kind: 'range',
        raw,
        from: { kind: 'quarter', year: 2019, quarter: 1 },
        to: { kind: 'quarter', year: 2019, quarter: 3 },
      });
      expect(dueFromDeadline(parsed), raw).toMatchObject({ kind: 'date', date: '2019-09-30' });
    }
  });

  it('reads a span across years', () => {
    expect(parse('IV квартал 2019 – I квартал 2020')).toMatchObject({
      kind: 'range',
      from: { kind: 'quarter', year: 2019, quarter: 4 },
      to: { kind: 'quarter', year: 2020, quarter: 1 },
    });
  });

  it('refuses a span that runs backwards or stands still', () => {
    expect(parse('III–I кварталы 2019')).toMatchObject({ kind: 'unknown' });
    expect(parse('II–II квартал 2019')).toMatchObject({ kind: 'unknown' });
  });
});

describe('ranges of years', () => {
  it('reads «2019–2021 годы» with every dash, due on 31 December of the last year', () => {
    for (const raw of [
      ...withEveryDash('2019', '2021 годы'),
      '2019-2021 гг.',
      'в течение 2019–2021 годов',
      '2020-2021 год',
    ]) {
      const parsed = parse(raw);
      expect(parsed, raw).toMatchObject({
        kind: 'range',
        raw,
        from: { kind: 'year' },
        to: { kind: 'year' },
      });
      expect(dueFromDeadline(parsed).kind, raw).toBe('date');
    }
    expect(dueFromDeadline(parse('2019–2021 годы'))).toMatchObject({ date: '2021-12-31' });
  });

  it('refuses a backwards span and a school year', () => {
    expect(parse('2021–2019 годы')).toMatchObject({ kind: 'unknown' });
    // «2019-2020 учебный год» runs September to August: reading it as calendar years would be wrong.
    expect(parse('2019-2020 учебный год')).toMatchObject({ kind: 'unknown' });
  });
});

describe('month ranges', () => {
  it('reads «январь–март 2020» with every dash, due on 31 March', () => {
    for (const raw of [...withEveryDash('январь', 'март 2020'), 'Май-июнь 2020 г.']) {
      const parsed = parse(raw);
      expect(parsed, raw).toMatchObject({
        kind: 'range',
        raw,
        from: { kind: 'month', year: 2020 },
        to: { kind: 'month', year: 2020 },
      });
    }
    expect(dueFromDeadline(parse('январь – март 2020'))).toMatchObject({ date: '2020-03-31' });
  });

  it('reads a span across years and refuses one whose year is unclear', () => {
    expect(parse('ноябрь 2019 – февраль 2020 г.')).toMatchObject({
      kind: 'range',
      from: { kind: 'month', year: 2019, month: 11 },
      to: { kind: 'month', year: 2020, month: 2 },
    });
    // November to February of «2020»: which November? Unknown rather than a guess.
    expect(parse('ноябрь–февраль 2020')).toMatchObject({ kind: 'unknown' });
  });
});

describe('months in the prepositional and genitive case', () => {
  it.each([
    ['в декабре 2020 г.', 12],
    ['В сентябре 2020 года', 9],
    ['в течение января 2021 года', 1],
    ['до конца марта 2021 г.', 3],
  ])('«%s» is month %d', (raw, month) => {
    expect(parse(raw)).toMatchObject({ kind: 'month', raw, month });
  });
});

describe('without the plan’s years, forms that borrow a year stay unknown', () => {
  it.each([
    '15 июня',
    'ежегодно',
    'Январь - ежегодно',
    'IV квартал (ежегодно)',
    'ежегодно по графику',
    '1 марта 2014 года, далее – ежегодно',
  ])('«%s»', (raw) => {
    expect(parse(raw, noYears)).toMatchObject({ kind: 'unknown', raw });
  });

  it('reads every form that names its own year', () => {
    expect(parse('IV квартал 2020 г.', noYears)).toMatchObject({
      kind: 'quarter',
      quarter: 4,
      year: 2020,
    });
    expect(parse('до 31.12.2019', noYears)).toMatchObject({ kind: 'date', date: '2019-12-31' });
  });
});

describe('the everyday forms in lists, statuses and explanations', () => {
  it('reads a list of them, each part with its own text', () => {
    expect(parse('I полугодие 2020, до 31.12.2020')).toMatchObject({
      kind: 'list',
      parts: [
        { kind: 'halfYear', raw: 'I полугодие 2020' },
        { kind: 'date', raw: 'до 31.12.2020' },
      ],
    });
  });

  it('explains a span with the last day and judges it by that day', () => {
    const span = parse('I–III кварталы 2019');
    expect(describeDeadline(span, '2019-09-30')).toBe(
      'I квартал 2019 г. – III квартал 2019 г. (до 30.09.2019), срок ещё не истёк',
    );
    expect(deadlineStatus(span, '2019-10-01')).toMatchObject({
      kind: 'passed',
      date: '2019-09-30',
    });
    expect(describeDeadline(parse('II полугодие 2020 г.'), '2021-01-01')).toBe(
      'II полугодие 2020 г. (до 31.12.2020), срок истёк',
    );
  });

  it('keeps raw and returns only values the schema accepts', () => {
    for (const raw of [
      'до 31.12.2019',
      'I–III кварталы 2019',
      '2019–2021 годы',
      'январь–март 2020',
      'II полугодие 2020',
      '31.02.2020',
      'до конца года',
    ]) {
      const parsed = parse(raw);
      expect(parsed.raw, raw).toBe(raw);
      expect(deadlineSchema.safeParse(parsed).success, raw).toBe(true);
    }
  });
});
