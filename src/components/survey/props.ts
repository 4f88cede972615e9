// Island props for one sphere's questionnaire page, computed at build time: nothing in them
// depends on the organization, which the island reads from the address. The receiver address
// is a build setting so a static host can point the form at a receiver elsewhere.
import { freeTextMaxLength, questionnaire675n, questionsFor } from '../../domain/questionnaire/index.ts';
import { sphereSlug, surveySpheres } from '../../domain/questionnaire/sphereSlugs.ts';
import type { Sphere } from '../../domain/schemas/index.ts';
import { directoryBaseUrl, surveyDirectory } from '../../lib/surveyDirectory.ts';
import { surveyPagePath, type SurveyPageKind } from '../../lib/surveyLinks.ts';
import { url } from '../../lib/url.ts';
import type { SurveyFormProps } from './SurveyForm.tsx';

export function receiverUrl(): string {
  const configured: unknown = import.meta.env['PUBLIC_NOK_RECEIVER_URL'];
  return typeof configured === 'string' && configured.trim() !== '' ? configured.trim() : url('/api/answers');
}

export async function surveyFormProps(sphere: Sphere, kind: SurveyPageKind): Promise<SurveyFormProps> {
  const { shardCount } = await surveyDirectory();
  return {
    sphere,
    questionnaire: questionnaire675n.version as SurveyFormProps['questionnaire'],
    questions: questionsFor(sphere),
    freeTextMaxLength,
    endpoint: receiverUrl(),
    directory: { baseUrl: directoryBaseUrl(), shardCount },
    spherePages: Object.fromEntries(surveySpheres.map((s) => [s, surveyPagePath(s, kind)])) as SurveyFormProps['spherePages'],
    findLinks: { search: url('/poisk/'), list: url('/organizatsii/') },
  };
}

/** getStaticPaths of the questionnaire pages: one per sphere. */
export const spherePaths = () => surveySpheres.map((sphere) => ({ params: { sphere: sphereSlug[sphere] }, props: { sphere } }));
