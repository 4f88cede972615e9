// When the form retries a queued answer. Exponential with «equal jitter»: never instant (half
// the ceiling is always waited) and spread out, so many phones coming back online at once do
// not hit the receiver in one burst.

export const retryBaseMs = 1_000;
export const retryCapMs = 60_000;

/** Delay before retry number `attempt` (0 for the first retry). */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(retryCapMs, retryBaseMs * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** A Retry-After header (seconds or an HTTP date) as milliseconds from `now`; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1_000;
  // Date.parse reads «-5» as a year; an HTTP date always names a weekday and a month.
  const at = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
