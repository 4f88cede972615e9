import { describe, expect, it } from 'vitest';
import {
  completions,
  misspellings,
  typoDictionaries,
  withinOneEdit,
} from '../../../src/domain/search/fuzzy.ts';

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

  const dictionary = [
    'заседан',
    'засед',
    'заслуша',
    'независим',
    'незначительн',
    'оценк',
    'оценочн',
  ].sort();

  it('finds the stem a misspelled word was meant to be', () => {
    expect(misspellings([dictionary], 'незовисим', 4)).toEqual(['независим']);
    expect(misspellings([dictionary], 'оцнк', 4)).toEqual(['оценк']);
    expect(misspellings([dictionary], 'ракета', 4)).toEqual([]);
  });

  it('names the dictionaries where a typo in the first letter is found', () => {
    const byLetter = (position: 0 | 1) => (letter: string) =>
      dictionary.filter((s) => [...s][position] === letter);
    const filesOf = (stem: string) =>
      typoDictionaries(stem).map(({ position, letter }) => byLetter(position)(letter));
    expect(typoDictionaries('онкет')).toEqual([
      { position: 1, letter: 'о' },
      { position: 1, letter: 'н' },
      { position: 0, letter: 'н' },
    ]);
    expect(misspellings(filesOf('яценк'), 'яценк', 4)).toEqual(['оценк']); // substituted
    expect(misspellings(filesOf('ценк'), 'ценк', 4)).toEqual(['оценк']); // lost
    expect(misspellings(filesOf('воценк'), 'воценк', 4)).toEqual(['оценк']); // added
    expect(misspellings(filesOf('соценк'), 'соценк', 4)).toEqual(['оценк']);
    expect(misspellings(filesOf('аззседан'), 'аззседан', 4)).toEqual([]); // two edits
  });

  it('completes a word still being typed, shortest first', () => {
    expect(completions(dictionary, 'засе', 5)).toEqual(['засед', 'заседан']);
    expect(completions(dictionary, 'оце', 1)).toEqual(['оценк']);
  });
});
