// Where the survey's lookup files are served (their content is the index's `finder` and
// `surveyDirectory`, src/domain/organizations/surveyLookups.ts).
import { url } from './url.ts';

/** Where the finder's files live: `${finderBaseUrl()}${finderShardPath(…)}.json`. */
export const finderBaseUrl = (): string => url('/anketa/spisok/');

/** Where the survey's directory shards live: `${directoryBaseUrl()}<n>.json`. */
export const directoryBaseUrl = (): string => url('/anketa/organizatsii/');
