// Russian names of what the search page shows.
import type { RecordKind } from '../../domain/search/record.ts';

export const kindName: Record<RecordKind, string> = {
  measure: 'Пункт плана',
  plan: 'План мероприятий',
  act: 'Утверждающий документ',
  meeting: 'Заседание общественного совета',
  organization: 'Организация',
  result: 'Результаты оценки',
  improvement: 'План по устранению недостатков',
};

export const levelFilterName = {
  federal: 'Федеральный',
  regional: 'Субъекты Российской Федерации',
  municipal: 'Муниципальные образования',
} as const;
