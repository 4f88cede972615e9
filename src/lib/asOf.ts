import { buildSettings } from '../config/build.ts';

// Read once: a build that runs past midnight judges every page by the same day.
const buildDay = new Date().toISOString().slice(0, 10);

/**
 * The date deadlines are judged against. Defaults to the day the build started; NOK_AS_OF=YYYY-MM-DD
 * fixes it (tests, or a rebuild that must say what was true on a given day).
 */
export function asOfDate(): string {
  return buildSettings().asOf ?? buildDay;
}
