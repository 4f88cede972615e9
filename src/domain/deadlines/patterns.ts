import { monthsGenitive, monthsNominative } from './vocabulary.ts';

/**
 * Regular-expression fragments over folded text (see normalize.ts: lower case, ё → е, dashes →
 * «-», whitespace → « »). Capturing groups are documented where a fragment has them.
 */

/** A word ends here: \b does not work for Cyrillic in JavaScript. */
export const END = '(?=$|[\\s,.;:()])';

/** Year with its optional «г.», «года», «гг.», «годов»; captures the year. */
export const YEAR = '(\\d{4})(?:\\s*(?:годов|года|год|гг\\.?|г\\.?))?';

/** «2018 – 2021 годов», «2016-2018 гг.»; captures both years. */
export const YEAR_RANGE = '(\\d{4})\\s*-\\s*(\\d{4})(?:\\s*(?:годов|годы|гг\\.?|г\\.?))?';

/** «январь»; captures the word. */
export const MONTH = `(${monthsNominative.join('|')})`;

/** «март, июнь, сентябрь» or «март и июнь»; captures the whole list. */
export const MONTH_LIST = `((?:${monthsNominative.join('|')})(?:(?:\\s*,\\s*|\\s+и\\s+)(?:${monthsNominative.join('|')}))*)`;

/** «до 14 марта»; captures the preposition, the day and the month word. */
export const DAY_MONTH = `(?:(до|к)\\s+)?(\\d{1,2})\\s+(${monthsGenitive.join('|')})`;

/** «IV квартал», «4 квартал»; captures the numeral. */
export const QUARTER = '(iv|iii|ii|i|[1-4])\\s+квартал';

/** «- ежегодно», «(ежегодно)»: yearly repetition written after a month, day or quarter. */
export const YEARLY_AFTER = '(?:\\s*-\\s*ежегодно|\\s*\\(\\s*ежегодно\\s*\\)|\\s+ежегодно)';

/** «Ежегодно-», «Ежегодно:», «Ежегодно-:», «Ежегодно -»: yearly repetition written first. */
export const YEARLY_BEFORE = 'ежегодно\\s*[-:]*\\s*';

/** «месяца», «5 дней», «10 рабочих дней»; captures amount, «рабочих», unit word. */
export const DURATION = '(?:(\\d+)\\s+)?(рабочих\\s+)?(дней|дня|день|недель|недели|неделя|месяцев|месяца|месяц|лет|года|год)';

/**
 * A sticky regular expression with match indices, tried at one position of the folded text.
 * A plain space in a pattern stands for any run of whitespace («в  течение» in the federal plan).
 */
export const at = (source: string) => new RegExp(source.replaceAll(' ', '\\s+'), 'dy');
