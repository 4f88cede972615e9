import { describe, expect, it } from 'vitest';
import { completions, misspellings, withinOneEdit } from '../../../src/domain/search/fuzzy.ts';

describe('one-letter misspellings', () => {
  it.each([
    ['анкит', 'анкет', true], // substitution
    ['анет', 'анкет', true], // deletion
    ['анкеет', 'анкет', true], // insertion
    ['акнет', 'анкет', true], // swap of neighbours
    ['окнет', 'анкет', false], // two letters
    ['анкет', 'анкетирован', false],
  ])('«%s» vs «%s»: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });

  const dictionary = ['заседан', 'засед', 'заслуша', 'независим', 'незначительн', 'оценк', 'оценочн'].sort();

  it('finds the stem a misspelled word was meant to be', () => {
    expect(misspellings(dictionary, 'незовисим', 4)).toEqual(['независим']);
    expect(misspellings(dictionary, 'оцнк', 4)).toEqual(['оценк']);
    expect(misspellings(dictionary, 'ракета', 4)).toEqual([]);
  });

  it('completes a word still being typed, shortest first', () => {
    expect(completions(dictionary, 'засе', 5)).toEqual(['засед', 'заседан']);
    expect(completions(dictionary, 'оце', 1)).toEqual(['оценк']);
  });
});
