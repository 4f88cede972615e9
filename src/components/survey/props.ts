// Island props for one sphere's questionnaire page, computed at build time: nothing in them
// depends on the organization, which the island reads from the address. The receiver address
// is a build setting so a static host can point the form at a receiver elsewhere.
import {
  freeTextMaxLength,
  questionnaire675n,
  questionsFor,
} from '../../domain/questionnaire/index.ts';
import { sphereSlug, surveySpheres } from '../../domain/questionnaire/sphereSlugs.ts';
import type { Sphere } from '../../domain/schemas/index.ts';
import { directoryBaseUrl } from '../../lib/surveyFiles.ts';
import { surveyPagePath, type SurveyPageKind } from '../../lib/surveyLinks.ts';
import { url } from '../../lib/url.ts';
import { buildSettings } from '../../config/build.ts';
import { embeddedParam } from '../../receiver/respond.ts';
import type { SurveyFormProps } from './SurveyForm.tsx';

/**
 * Where the form posts. The embed page says so in the address, so that the receiver sends the
 * no-JavaScript form back to result pages that may be framed (the portal's own may not).
 */
export function receiverUrl(kind: SurveyPageKind): string {
  const endpoint = buildSettings().receiverUrl ?? url('/api/answers');
  return kind === 'embed'
    ? `${endpoint}${endpoint.includes('?') ? '&' : '?'}${embeddedParam}`
    : endpoint;
}

/** `shardCount`: how many shards the organization directory has (the index's `surveyDirectory`). */
export function surveyFormProps(
  sphere: Sphere,
  kind: SurveyPageKind,
  shardCount: number,
): SurveyFormProps {
  return {
    sphere,
    questionnaire: questionnaire675n.version,
    questions: questionsFor(sphere),
    freeTextMaxLength,
    endpoint: receiverUrl(kind),
    directory: { baseUrl: directoryBaseUrl(), shardCount },
    spherePages: Object.fromEntries(
      surveySpheres.map((s) => [s, surveyPagePath(s, kind)]),
    ) as SurveyFormProps['spherePages'],
    findLinks: { search: url('/poisk/'), list: url('/organizatsii/') },
  };
}

/** getStaticPaths of the questionnaire pages: one per sphere. */
export const spherePaths = () =>
  surveySpheres.map((sphere) => ({ params: { sphere: sphereSlug[sphere] }, props: { sphere } }));
