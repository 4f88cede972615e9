import { describe, expect, it } from 'vitest';
import { foldCase, tokenize, wordSpans } from '../../../src/domain/search/normalize.ts';
import { analyze, stemWord } from '../../../src/domain/search/stem.ts';

describe('normalization', () => {
  it('folds case and ё to е', () => {
    expect(foldCase('Отчётном ЁЛКА')).toBe('отчетном елка');
  });

  it('ignores punctuation, quotes and dashes, keeping dotted numbers whole', () => {
    expect(tokenize('«Интернет-опроса» (п. 7.1.) — № 3598-р;')).toEqual([
      'интернет',
      'опроса',
      'п',
      '7.1',
      '3598',
      'р',
    ]);
  });

  it('reports where each word stands so it can be marked in place', () => {
    expect(wordSpans('о «Сайте»')).toEqual([
      { start: 0, end: 1, form: 'о' },
      { start: 3, end: 8, form: 'сайте' },
    ]);
  });

  it('keeps each word in place when folding changes the text length (İ lower-cases to two units)', () => {
    expect(wordSpans('İzmir Отчёт')).toEqual([
      { start: 0, end: 5, form: 'i̇zmir' },
      { start: 6, end: 11, form: 'отчет' },
    ]);
  });
});

describe('stemming (Snowball Russian)', () => {
  it.each([
    ['заседаниях', 'заседаний', 'заседания'],
    ['общественного', 'общественных', 'общественный'],
    ['анкеты', 'анкета', 'анкету'],
    ['независимой', 'независимая', 'независимую'],
    ['оценке', 'оценки', 'оценка'],
  ])('gives «%s», «%s» and «%s» one stem', (a, b, c) => {
    expect(stemWord(b)).toBe(stemWord(a));
    expect(stemWord(c)).toBe(stemWord(a));
  });

  it('keeps Latin words and numbers as they are', () => {
    expect(stemWord('bus')).toBe('bus');
    expect(stemWord('2018')).toBe('2018');
  });

  it('drops function words', () => {
    expect(analyze('о размещении анкеты на сайте').map((w) => w.form)).toEqual([
      'размещении',
      'анкеты',
      'сайте',
    ]);
  });
});
