import { hasValue, type Score } from './score.ts';

/**
 * Five-level wording as bus.gov.ru shows it to citizens. The act gives no numeric thresholds, so
 * these are the portal's own: equal 20-point steps, the most neutral split available. Applies to
 * the 0–100 scale of 344н-2018 only, never to the older 160-point totals.
 */
export const scoreBands = {
  status: 'условное деление портала, не установлено приказом',
  method: '344н-2018',
  scale: { min: 0, max: 100 },
  /** Highest first; a score belongs to the first band whose lower bound (inclusive) it reaches. */
  bands: [
    { id: 'excellent', label: 'отлично', from: 80 },
    { id: 'good', label: 'хорошо', from: 60 },
    { id: 'satisfactory', label: 'удовлетворительно', from: 40 },
    { id: 'belowAverage', label: 'ниже среднего', from: 20 },
    { id: 'unsatisfactory', label: 'неудовлетворительно', from: 0 },
  ],
} as const;

export type ScoreBand = (typeof scoreBands.bands)[number];

/** The band of a 0–100 score; null when there is no data (no band is better than a made-up one). */
export function bandFor(score: number | Score): ScoreBand | null {
  const value = typeof score === 'number' ? score : hasValue(score) ? score.value : null;
  if (value === null) return null;
  const { min, max } = scoreBands.scale;
  if (!(value >= min && value <= max))
    throw new RangeError(`Балл ${value} вне шкалы ${min}–${max}`);
  return scoreBands.bands.find((b) => value >= b.from) ?? null;
}
