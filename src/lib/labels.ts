// Russian names of the domain's enumerations, in one place for every page.
export { levelNames as levelName, sphereNames as sphereName } from '../domain/vocabulary.ts';

export const NOT_STATED = 'не указано в документе';

export const SITE_NAME = 'НОК: открытые данные';
