// The address of each sphere's questionnaire page (/anketa/<slug>/): the questionnaire's variant
// depends only on the sphere, so there is one page per sphere, not one per organization. The
// survey island imports this module, so it holds no zod: the Sphere type is erased at build.
import type { Sphere } from '../schemas/common.ts';

export const sphereSlug: Readonly<Record<Sphere, string>> = {
  culture: 'kultura',
  social: 'sotsialnoe-obsluzhivanie',
  health: 'okhrana-zdorovya',
  education: 'obrazovanie',
};

const sphereBySlug = new Map(
  Object.entries(sphereSlug).map(([sphere, slug]) => [slug, sphere as Sphere]),
);

/** The sphere a slug names; undefined for anything else. */
export const sphereOfSlug = (slug: string): Sphere | undefined => sphereBySlug.get(slug);

/** Every sphere, in the order of the slug table; for getStaticPaths and the island's checks. */
export const surveySpheres = Object.keys(sphereSlug) as Sphere[];

export const isSphere = (value: unknown): value is Sphere =>
  typeof value === 'string' && Object.hasOwn(sphereSlug, value);

/** Path of a sphere's questionnaire page without the site's base (src/lib/surveyLinks.ts adds it). */
export const surveyPath = (sphere: Sphere, kind: 'portal' | 'embed' = 'portal'): string =>
  `${kind === 'embed' ? '/embed' : ''}/anketa/${sphereSlug[sphere]}/`;

/** Path of the page where the survey starts: finding one's organization. */
export const surveyStartPath = '/anketa/';
