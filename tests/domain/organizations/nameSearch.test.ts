import { describe, expect, it } from 'vitest';
import {
  abbreviations,
  foldName,
  hasNumbers,
  nameWords,
  parseFinderQuery,
} from '../../../src/domain/organizations/nameSearch.ts';

describe('organization names folded for the finder', () => {
  it('drops quotes, case and ё, and reads every way of writing a number the same', () => {
    for (const name of [
      'МБОУ «СОШ № 5»',
      'мбоу "сош №5"',
      'МБОУ СОШ N5',
      'МБОУ СОШ No 5',
      'МБОУ СОШ №\u00a05',
    ]) {
      expect(foldName(name)).toEqual(foldName('МБОУ СОШ 5'));
    }
    expect(nameWords('«Берёзка»')).toEqual(['березка']);
    expect(foldName('Детский сад № 12 «Ромашка»').numbers).toEqual(['12']);
  });

  it('expands the abbreviations of registers, so either form matches', () => {
    expect(foldName('МБОУ СОШ № 5').text).toBe(
      foldName(
        'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5»',
      ).text,
    );
    expect(nameWords('ГБУЗ ЦРБ')).toEqual([
      'государственное',
      'бюджетное',
      'учреждение',
      'здравоохранения',
      'центральная',
      'районная',
      'больница',
    ]);
    expect(nameWords('МБДОУ д/с № 3')).toEqual([
      ...abbreviations['мбдоу']!.split(' '),
      'детский',
      'сад',
      '3',
    ]);
    expect(nameWords('Районный ДК, ЦБС')).toEqual([
      'районный',
      'дом',
      'культуры',
      'централизованная',
      'библиотечная',
      'система',
    ]);
  });

  it('keeps a word that only contains an abbreviation as it is', () => {
    expect(nameWords('Досуговый центр «Сошники»')).toEqual(['досуговый', 'центр', 'сошники']);
  });

  it('matches numbers exactly, and the one still being typed as a prefix', () => {
    const school15 = foldName('СОШ № 15');
    expect(hasNumbers(school15, parseFinderQuery('школа 15 '))).toBe(true);
    expect(hasNumbers(school15, parseFinderQuery('школа 5 '))).toBe(false);
    expect(hasNumbers(school15, parseFinderQuery('школа 1'))).toBe(true);
    expect(hasNumbers(school15, parseFinderQuery('школа 1 '))).toBe(false);
    expect(hasNumbers(school15, parseFinderQuery('школа'))).toBe(true);
  });
});
