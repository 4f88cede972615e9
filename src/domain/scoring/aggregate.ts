import { hasValue, noData, round2, scoreOf, type Score } from './score.ts';

export interface MeanScore {
  mean: Score;
  /** Organizations whose total entered the mean. */
  counted: number;
  /** Organizations left out because their total is "no data". */
  skipped: number;
}

/**
 * A territory's or sphere's score: the mean of its organizations' totals [practice]. Totals with
 * no data are skipped and counted, never treated as 0. Totals by different methods (a 160-point
 * and a 100-point scale) cannot be averaged, so mixing them is an error.
 */
export function meanScore(results: readonly { method: string; total: Score }[]): MeanScore {
  const methods = [...new Set(results.map((r) => r.method))];
  if (methods.length > 1)
    throw new Error(`Нельзя усреднять баллы разных методик: ${methods.join(', ')}`);
  const values = results.flatMap((r) => (hasValue(r.total) ? [r.total.value] : []));
  const skipped = results.length - values.length;
  if (values.length === 0) {
    const reason =
      results.length === 0
        ? 'нет ни одной организации'
        : `ни у одной из ${results.length} организаций нет итогового балла`;
    return { mean: noData(reason), counted: 0, skipped };
  }
  return {
    mean: scoreOf(round2(values.reduce((a, v) => a + v, 0) / values.length)),
    counted: values.length,
    skipped,
  };
}
