// Wording shared by the results components, so every page says the same thing the same way.
import { formatNumber } from '../../lib/format.ts';
import { sphereName } from '../../lib/labels.ts';
import { bandFor, hasValue, scoreBands, type Score } from '../../domain/scoring/index.ts';
import type { ResultView } from '../../domain/results/index.ts';

export const YEAR_UNKNOWN = 'год не указан';
export const yearText = (year: number | null): string => (year === null ? YEAR_UNKNOWN : `${year}`);

/** «90,43», or the reason there is no number («не опубликовано», «нет данных: …»). */
export function scoreText(score: Score): string {
  if (hasValue(score)) return formatNumber(score.value);
  return score.reason === 'не опубликовано' ? score.reason : `нет данных: ${score.reason}`;
}

/** For dense tables: the number, or a short «не опубликовано» / «нет данных» (the reason is on the organization page). */
export const scoreShort = (score: Score): string =>
  hasValue(score)
    ? formatNumber(score.value)
    : score.reason === 'не опубликовано'
      ? score.reason
      : 'нет данных';

export const outOf = (max: number | null): string =>
  max === null ? 'максимум не установлен' : `из ${formatNumber(max)}`;

export const kindText = (r: ResultView): string =>
  r.kind === 'published'
    ? 'опубликованный результат'
    : 'рассчитан порталом по исходным данным оператора';

/** The portal's band word, only for a total on the 0–100 scale the bands are defined for. */
export function bandText(r: ResultView): string | null {
  if (r.method.id !== scoreBands.method || !hasValue(r.total)) return null;
  return bandFor(r.total)?.label ?? null;
}

export const sphereText = (r: { sphere: keyof typeof sphereName }) => sphereName[r.sphere];

/** A heading id for a result, stable across builds. */
export const resultAnchor = (r: ResultView) => `rezultat-${r.key}`;
