// Russian formatting through Intl, so numbers read «50,5» and dates «14.03.2017».
import { memoized } from '../domain/memo.ts';
const numberFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat('ru-RU', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

export const formatNumber = memoized((n: number): string => numberFormat.format(n));

/** ISO date (YYYY-MM-DD) → «14.03.2017». */
export const formatDate = memoized((iso: string): string =>
  dateFormat.format(new Date(`${iso}T00:00:00Z`)),
);

/** Russian plural: plural(5, ['пункт', 'пункта', 'пунктов']) → «пунктов». */
const pluralRules = new Intl.PluralRules('ru-RU');
const pluralIndex: Partial<Record<Intl.LDMLPluralRule, 0 | 1 | 2>> = { one: 0, few: 1 };

export function plural(n: number, forms: readonly [string, string, string]): string {
  return forms[pluralIndex[pluralRules.select(n)] ?? 2];
}
