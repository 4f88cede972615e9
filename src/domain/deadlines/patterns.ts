import { monthsGenitive, monthsNominative, monthsPrepositional } from './vocabulary.ts';

/**
 * Regular-expression fragments over folded text (see normalize.ts: lower case, ё → е, dashes →
 * «-», whitespace → « »). Capturing groups are documented where a fragment has them.
 */

/** A word ends here: \b does not work for Cyrillic in JavaScript. */
export const END = '(?=$|[\\s,.;:()])';

/** Year with its optional «г.», «года», «году», «гг.», «годов»; captures the year. */
export const YEAR = '(\\d{4})(?:\\s*(?:годов|года|году|год|гг\\.?|г\\.?))?';

/** «2018 – 2021 годов», «2016-2018 гг.», «2019–2021 годы»; captures both years. */
export const YEAR_RANGE = '(\\d{4})\\s*-\\s*(\\d{4})(?:\\s*(?:годов|годы|года|год|гг\\.?|г\\.?))?';

/** «31.12.2019», «1.3.2020 г.»; captures day, month and year. Two-digit years are not read: «01.09.20» could be any century. */
export const NUMERIC_DATE = '(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)(?:\\s*(?:года|г\\.?))?';

/** «до», «к», «не позднее» before a day: a deadline to meet by that day; captures the word. */
export const BY = '(?:(до|к|не позднее)\\s+)?';

/** «январь»; captures the word. */
export const MONTH = `(${monthsNominative.join('|')})`;

/** «март, июнь, сентябрь» or «март и июнь»; captures the whole list. */
export const MONTH_LIST = `((?:${monthsNominative.join('|')})(?:(?:\\s*,\\s*|\\s+и\\s+)(?:${monthsNominative.join('|')}))*)`;

/** «до 14 марта»; captures the preposition, the day and the month word. */
export const DAY_MONTH = `(?:(до|к)\\s+)?(\\d{1,2})\\s+(${monthsGenitive.join('|')})`;

/** «IV», «4», «4-й», «четвертый» (folded ё → е); captures the numeral without its «-й». */
export const QUARTER_NUMERAL = '(iv|iii|ii|i|[1-4]|первый|второй|третий|четвертый)(?:-?й)?';

/** «IV квартал», «4 квартал», «4 кв.»; captures the numeral. */
export const QUARTER = `${QUARTER_NUMERAL}\\s+(?:квартал|кв\\.?)`;

/** «I полугодие», «2 полугодие», «первое полугодие», «1-е полугодие»; captures the numeral. */
export const HALF_YEAR = '(ii|i|[12]|первое|второе)(?:-?е)?\\s+полугодие';

/** «январе»; captures the word. */
export const MONTH_IN = `(${monthsPrepositional.join('|')})`;

/** «января» after «в течение», «до конца»; captures the word. */
export const MONTH_OF = `(${monthsGenitive.join('|')})`;

/** «- ежегодно», «(ежегодно)»: yearly repetition written after a month, day or quarter. */
export const YEARLY_AFTER = '(?:\\s*-\\s*ежегодно|\\s*\\(\\s*ежегодно\\s*\\)|\\s+ежегодно)';

/** «Ежегодно-», «Ежегодно:», «Ежегодно-:», «Ежегодно -»: yearly repetition written first. */
export const YEARLY_BEFORE = 'ежегодно\\s*[-:]*\\s*';

/** «месяца», «5 дней», «10 рабочих дней»; captures amount, «рабочих», unit word. */
export const DURATION =
  '(?:(\\d+)\\s+)?(рабочих\\s+)?(дней|дня|день|недель|недели|неделя|месяцев|месяца|месяц|лет|года|год)';

/**
 * A sticky regular expression with match indices, tried at one position of the folded text.
 * A plain space in a pattern stands for any run of whitespace («в  течение» in the federal plan).
 */
export const at = (source: string) => new RegExp(source.replaceAll(' ', '\\s+'), 'dy');
