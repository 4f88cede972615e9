// Organization names folded for the finder, the same way for the names and for what is typed:
// case and ё/е ignored, quotes and punctuation dropped, «№ 5», «N5» and «No 5» all «5», and the
// abbreviations of registers (МБОУ, СОШ, ДК, ЦБС…) expanded, so «школа 5», «СОШ № 5» and
// «средняя общеобразовательная школа N5» find the same school.
import { foldCase } from '../search/normalize.ts';

/**
 * The one table of abbreviations, each with the words it stands for, as registers and
 * bus.gov.ru write them. Expanded in names and queries alike: a word of either form then matches.
 */
export const abbreviations: Readonly<Record<string, string>> = {
  // Kinds of institutions, by founder and type
  мбоу: 'муниципальное бюджетное общеобразовательное учреждение',
  маоу: 'муниципальное автономное общеобразовательное учреждение',
  мкоу: 'муниципальное казенное общеобразовательное учреждение',
  гбоу: 'государственное бюджетное общеобразовательное учреждение',
  мбдоу: 'муниципальное бюджетное дошкольное образовательное учреждение',
  мадоу: 'муниципальное автономное дошкольное образовательное учреждение',
  мкдоу: 'муниципальное казенное дошкольное образовательное учреждение',
  мбук: 'муниципальное бюджетное учреждение культуры',
  мкук: 'муниципальное казенное учреждение культуры',
  мбу: 'муниципальное бюджетное учреждение',
  мау: 'муниципальное автономное учреждение',
  мку: 'муниципальное казенное учреждение',
  гбуз: 'государственное бюджетное учреждение здравоохранения',
  гауз: 'государственное автономное учреждение здравоохранения',
  гбу: 'государственное бюджетное учреждение',
  гау: 'государственное автономное учреждение',
  гку: 'государственное казенное учреждение',
  гбсу: 'государственное бюджетное стационарное учреждение',
  до: 'дополнительного образования',
  со: 'социального обслуживания',
  // Schools and kindergartens
  сош: 'средняя общеобразовательная школа',
  оош: 'основная общеобразовательная школа',
  нош: 'начальная общеобразовательная школа',
  'д/с': 'детский сад',
  дши: 'детская школа искусств',
  дмш: 'детская музыкальная школа',
  ддт: 'дом детского творчества',
  дюсш: 'детско юношеская спортивная школа',
  // Culture
  дк: 'дом культуры',
  сдк: 'сельский дом культуры',
  рдк: 'районный дом культуры',
  кдц: 'культурно досуговый центр',
  цбс: 'централизованная библиотечная система',
  цб: 'центральная библиотека',
  // Health and social services
  црб: 'центральная районная больница',
  фап: 'фельдшерско акушерский пункт',
  кцсон: 'комплексный центр социального обслуживания населения',
  цсо: 'центр социального обслуживания',
  срцн: 'социально реабилитационный центр для несовершеннолетних',
};

// Words, numbers and «д/с»; «№», «N» or «No» right before a number is only the number's label.
const TOKEN = /[\p{L}\p{N}]+(?:\/[\p{L}\p{N}]+)?/gu;
const NUMBER_SIGN = /(?:№|\bno?(?=\s*\d))\s*/gu;

/** The folded words of a name or query, abbreviations expanded, in order. */
export function nameWords(text: string): string[] {
  const folded = foldCase(text).replace(NUMBER_SIGN, ' ');
  return [...folded.matchAll(TOKEN)].flatMap(([word]) => (abbreviations[word] ?? word).split(' '));
}

const isNumber = (word: string) => /^\d+$/.test(word);

/** A name as the finder matches it: its words, and its numbers apart (numbers match only exactly). */
export interface FoldedName {
  text: string;
  numbers: string[];
}

export function foldName(name: string): FoldedName {
  const words = nameWords(name);
  return { text: words.filter((w) => !isNumber(w)).join(' '), numbers: words.filter(isNumber) };
}

/** A query as the finder reads it: the words to match fuzzily, and the numbers the name must have. */
export interface FinderQuery {
  text: string;
  numbers: string[];
  /** The last number is still being typed («1» on the way to «12»): it matches as a prefix. */
  typingNumber: boolean;
}

export function parseFinderQuery(query: string): FinderQuery {
  const { text, numbers } = foldName(query);
  const typingNumber = numbers.length > 0 && /\d$/.test(query);
  return { text, numbers, typingNumber };
}

/** Whether a name has every number of the query (the one being typed as a prefix). */
export function hasNumbers(name: FoldedName, query: FinderQuery): boolean {
  return query.numbers.every((n, i) => {
    const prefix = query.typingNumber && i === query.numbers.length - 1;
    return name.numbers.some((m) => (prefix ? m.startsWith(n) : m === n));
  });
}
