// Russian names of the domain's enumerations, in one place for every page.
export { levelName, sphereName } from '../domain/labels.ts';

export const NOT_STATED = 'не указано в документе';

export const SITE_NAME = 'НОК: открытые данные';
