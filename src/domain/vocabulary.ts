// The domain's words that every layer shares — the schemas, the receiver, the pages and the
// browser islands — without zod, so an island can import them and stay small.

export const spheres = ['culture', 'social', 'health', 'education'] as const;
export type Sphere = (typeof spheres)[number];

/** The spheres' Russian names, for every page and message. */
export const sphereNames: Readonly<Record<Sphere, string>> = {
  culture: 'культура',
  social: 'социальное обслуживание',
  health: 'охрана здоровья',
  education: 'образование',
};

export const levels = ['federal', 'regional', 'municipal'] as const;
export type Level = (typeof levels)[number];

/** The territory levels' Russian names. */
export const levelNames: Readonly<Record<Level, string>> = {
  federal: 'федеральный уровень',
  regional: 'субъект Российской Федерации',
  municipal: 'муниципальное образование',
};
