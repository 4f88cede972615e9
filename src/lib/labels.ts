// Russian names of the domain's enumerations, in one place for every page.
import type { Territory } from '../domain/schemas/index.ts';

export { sphereName } from '../domain/sphereNames.ts';

export const levelName: Record<Territory['level'], string> = {
  federal: 'федеральный уровень',
  regional: 'субъект Российской Федерации',
  municipal: 'муниципальное образование',
};

export const NOT_STATED = 'не указано в документе';

export const SITE_NAME = 'НОК: открытые данные';
