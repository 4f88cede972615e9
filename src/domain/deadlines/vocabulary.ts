/** Russian words the plans use for calendar units, in the cases the parser and the describer need. */

/** «январь» … «декабрь»: a month named on its own («Январь - ежегодно», «декабрь 2017 года»). */
export const monthsNominative = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;

/** «14 марта»: a month after a day number. */
export const monthsGenitive = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

/** «в январе»: used when describing a recurring month. */
export const monthsPrepositional = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
] as const;

export const romanQuarters = ['I', 'II', 'III', 'IV'] as const;

/** «первый квартал» … «четвертый квартал» (folded: ё → е); «первое полугодие» uses the first two in the neuter. */
const ordinalQuarters = ['первый', 'второй', 'третий', 'четвертый'] as const;
const ordinalHalves = ['первое', 'второе'] as const;

/** Half-year number from «I», «II», «1», «2», «первое», «второе». */
export function halfNumber(token: string): number | undefined {
  const ordinal = ordinalHalves.indexOf(token as (typeof ordinalHalves)[number]);
  if (ordinal >= 0) return ordinal + 1;
  const quarterLike = quarterNumber(token);
  return quarterLike !== undefined && quarterLike <= 2 ? quarterLike : undefined;
}

/** 1-based month number of a (lower-case) month word, or undefined. */
export function monthNumber(word: string, forms: readonly string[]): number | undefined {
  const index = forms.indexOf(word);
  return index < 0 ? undefined : index + 1;
}

/** Quarter number from «I»…«IV» (any case), «1»…«4» or «первый»…«четвертый». */
export function quarterNumber(token: string): number | undefined {
  const ordinal = ordinalQuarters.indexOf(token as (typeof ordinalQuarters)[number]);
  if (ordinal >= 0) return ordinal + 1;
  const roman = romanQuarters.indexOf(token.toUpperCase() as (typeof romanQuarters)[number]);
  if (roman >= 0) return roman + 1;
  const arabic = Number(token);
  return Number.isInteger(arabic) && arabic >= 1 && arabic <= 4 ? arabic : undefined;
}

/** Duration words of «в течение …» (genitive singular and plural forms as the plans use them). */
export const durationUnits: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  день: 'day',
  дня: 'day',
  дней: 'day',
  неделя: 'week',
  недели: 'week',
  недель: 'week',
  месяц: 'month',
  месяца: 'month',
  месяцев: 'month',
  год: 'year',
  года: 'year',
  лет: 'year',
};
