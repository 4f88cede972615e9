import { describe, expect, it } from 'vitest';
import {
  compareItemNumbers,
  contentItemNumbers,
  sourceTextLeftOut,
  transcribedValues,
  valuesMissingFromSource,
} from '../../../src/domain/fidelity/check.ts';
import { normalizeSourceText } from '../../../src/domain/fidelity/normalize.ts';
import { sourceItems } from '../../../src/domain/fidelity/sourceItems.ts';
import type { Measure } from '../../../src/domain/schemas/index.ts';

const measure = (fields: Partial<Measure>): Measure => ({
  number: null,
  text: 'x',
  executors: [],
  items: [],
  ...fields,
});

const sourceText = [
  '1.\tОрганизация заседаний\tЯнварь - ежегодно\tОбщественный совет',
  '\t- о перечне организаций\tАпрель\t',
  '2.\tРазмещение анкет\tСентябрь 2016г.\tруководители',
].join('\n');
const source = { text: normalizeSourceText(sourceText), items: sourceItems(sourceText) };

describe('transcribedValues', () => {
  it('lists every cell string with its measure, field and path, through nested items', () => {
    const plan = {
      measures: [
        measure({
          number: '1.',
          text: 'Организация',
          executors: ['Совет'],
          items: [measure({ anchor: '1-a', text: 'пункт', deadline: 'Апрель' })],
        }),
      ],
    };
    expect(transcribedValues(plan).map((v) => [v.measure, v.item, v.field, v.path])).toEqual([
      ['№ 1.', '1.', 'text', 'measures[0].text'],
      ['№ 1.', '1.', 'executors[0]', 'measures[0].executors[0]'],
      ['без номера (anchor 1-a)', '1.', 'text', 'measures[0].items[0].text'],
      ['без номера (anchor 1-a)', '1.', 'deadline', 'measures[0].items[0].deadline'],
    ]);
  });

  it('looks a section heading up in the whole source', () => {
    const values = transcribedValues({
      measures: [measure({ number: '1.', section: 'Мероприятия' })],
    });
    expect(values.map((v) => [v.field, v.item])).toEqual([
      ['section', null],
      ['text', '1.'],
    ]);
  });
});

describe('valuesMissingFromSource', () => {
  it('accepts values that are the source text up to the normalization', () => {
    const plan = {
      measures: [
        measure({
          number: '1.',
          text: 'Организация  заседаний',
          deadline: 'Январь - ежегодно',
          executors: ['Общественный совет'],
        }),
        measure({ anchor: '1-a', text: '- о перечне организаций', deadline: 'Апрель' }),
      ],
    };
    expect(valuesMissingFromSource(plan, source)).toEqual([]);
  });

  it('reports a corrected typo or changed punctuation', () => {
    const plan = {
      measures: [measure({ number: '2.', text: 'Размещение анкет', deadline: 'Сентябрь 2016 г.' })],
    };
    expect(valuesMissingFromSource(plan, source).map((v) => v.path)).toEqual([
      'measures[0].deadline',
    ]);
  });

  it('reports a cell copied into the wrong measure, although the whole source holds it', () => {
    const plan = {
      measures: [
        measure({ number: '2.', text: 'Размещение анкет', deadline: 'Январь - ежегодно' }),
      ],
    };
    expect(valuesMissingFromSource(plan, source).map((v) => `${v.measure} ${v.field}`)).toEqual([
      '№ 2. deadline',
    ]);
  });

  it('reports a value that normalizes to nothing', () => {
    const plan = { measures: [measure({ number: '1.', text: '<p> </p>' })] };
    expect(valuesMissingFromSource(plan, source)).toHaveLength(1);
  });
});

describe('item numbers', () => {
  it('lists the content numbers depth first and skips unnumbered items', () => {
    const plan = {
      measures: [
        measure({ number: '1.', items: [measure({ number: '1.1.' }), measure({ anchor: 'a' })] }),
        measure({ number: 'II.' }),
      ],
    };
    expect(contentItemNumbers(plan)).toEqual(['1.', '1.1.', 'II.']);
  });

  it('compares numbers exactly as written, occurrence by occurrence', () => {
    expect(compareItemNumbers(['1.', '6.3', '7.', '7.'], ['1.', '6.3.', '7.'])).toEqual({
      missing: ['6.3', '7.'],
      extra: ['6.3.'],
    });
  });
});

describe('sourceTextLeftOut', () => {
  const full = {
    measures: [
      measure({
        number: '1.',
        text: 'Организация заседаний',
        deadline: 'Январь - ежегодно',
        executors: ['Общественный совет'],
      }),
      measure({ anchor: '1-a', text: 'о перечне организаций', deadline: 'Апрель' }),
      measure({
        number: '2.',
        text: 'Размещение анкет',
        deadline: 'Сентябрь 2016г.',
        executors: ['руководители'],
      }),
    ],
  };

  it('finds nothing when every cell is transcribed, tolerating a dropped bullet dash', () => {
    expect(sourceTextLeftOut(full, source)).toEqual([]);
  });

  it('reports a truncated value by the words it lost', () => {
    const truncated = {
      measures: full.measures.map((m) => (m.number === '2.' ? { ...m, text: 'Размещение' } : m)),
    };
    expect(sourceTextLeftOut(truncated, source)).toEqual([{ number: '2.', text: 'анкет' }]);
  });

  it('reports a cell not transcribed at all', () => {
    const { deadline: _dropped, ...noDeadline } = full.measures[0] ?? measure({});
    const plan = { measures: [noDeadline, ...full.measures.slice(1)] };
    expect(sourceTextLeftOut(plan, source)).toEqual([{ number: '1.', text: 'Январь ежегодно' }]);
  });

  it('cuts the longest values first, so a short one is not taken out of a longer one', () => {
    const text = '1.\tпостоянно обновлять сайт\tпостоянно';
    const plan = {
      measures: [
        measure({ number: '1.', text: 'постоянно обновлять сайт', deadline: 'постоянно' }),
      ],
    };
    expect(
      sourceTextLeftOut(plan, { text: normalizeSourceText(text), items: sourceItems(text) }),
    ).toEqual([]);
  });
});
