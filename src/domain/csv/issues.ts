// Russian wording for zod's generic issues; messages written into the schema take precedence.
import { z } from 'zod';

const russianFallback = z.locales.ru().localeError;

export const russianIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'обязательное значение не заполнено'
        : russianFallback(issue);
    case 'invalid_value':
      return `допустимые значения: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return `значение должно быть не меньше ${String(issue.minimum)}`;
    case 'too_big':
      return `значение должно быть не больше ${String(issue.maximum)}`;
    default:
      return russianFallback(issue);
  }
};
