// Russian names of the domain's enumerations, in one place for every page and download.
import type { Sphere, Territory } from './schemas/index.ts';

export const sphereName: Record<Sphere, string> = {
  culture: 'культура',
  social: 'социальное обслуживание',
  health: 'охрана здоровья',
  education: 'образование',
};

export const levelName: Record<Territory['level'], string> = {
  federal: 'федеральный уровень',
  regional: 'субъект Российской Федерации',
  municipal: 'муниципальное образование',
};
