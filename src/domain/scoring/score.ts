/**
 * A number that may honestly be missing. A zero denominator (nobody used the site, no respondent
 * with a disability) is "no data" — never 0 (which would punish) nor 100 (which would reward).
 */
export type Score = { value: number } | { noData: true; reason: string };

export const scoreOf = (value: number): Score => ({ value });
export const noData = (reason: string): Score => ({ noData: true, reason });
export const hasValue = (s: Score): s is { value: number } => 'value' in s;

/**
 * Scores are computed at full precision and rounded to 2 decimals only when a result is handed out
 * (so a criterion is built from unrounded indicators, the total from unrounded criteria). Rounding
 * is half-up; toPrecision(12) first strips binary noise such as 80.125 × 100 = 8012.499999….
 * Formatting for people (decimal comma, ru-RU) is the page's job, except in explain() texts.
 */
export function round2(x: number): number {
  return Math.round(Number((x * 100).toPrecision(12))) / 100;
}

export const roundScore = (s: Score): Score => (hasValue(s) ? scoreOf(round2(s.value)) : s);
