import { memoized } from '../memo.ts';

const ru = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2, useGrouping: false });

/** A number as it appears in explain() texts: decimal comma, at most 2 decimals. */
export const formatNumber = memoized((x: number): string => ru.format(x));

/** "0,3 × А + 0,4 × Б", or "(А + Б) / 2" when all weights are equal — the form the act prints. */
export function weightedSum(terms: { weight: number; text: string }[]): string {
  const equal = terms.every((t) => Math.abs(t.weight - 1 / terms.length) < 1e-9);
  if (equal && terms.length > 1)
    return `(${terms.map((t) => t.text).join(' + ')}) / ${terms.length}`;
  return terms.map((t) => `${formatNumber(t.weight)} × ${t.text}`).join(' + ');
}
