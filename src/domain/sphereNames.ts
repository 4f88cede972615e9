// Russian names of the spheres, for pages and for the search records built in the domain.
import type { Sphere } from './schemas/common.ts';

export const sphereName: Record<Sphere, string> = {
  culture: 'культура',
  social: 'социальное обслуживание',
  health: 'охрана здоровья',
  education: 'образование',
};
