// Addresses of the questionnaire pages: one per sphere (src/domain/questionnaire/sphereSlugs.ts),
// the organization in the query string. Every link to a survey is built here.
import { surveyPath } from '../domain/questionnaire/sphereSlugs.ts';
import type { Sphere } from '../domain/schemas/index.ts';
import { url } from './url.ts';

/** The portal's questionnaire pages, or the embeddable ones (/embed/…). */
export type SurveyPageKind = 'portal' | 'embed';

/** Path of a sphere's questionnaire page, base included; add `?org=<id>` for an organization. */
export function surveyPagePath(sphere: Sphere, kind: SurveyPageKind = 'portal'): string {
  return url(surveyPath(sphere, kind));
}

/** Link to one organization's questionnaire. */
export const surveyHref = (
  organization: { id: string; sphere: Sphere },
  kind: SurveyPageKind = 'portal',
): string =>
  `${surveyPagePath(organization.sphere, kind)}?org=${encodeURIComponent(organization.id)}`;
