// Russian names of what the search page shows.
import type { RecordKind } from '../../domain/search/record.ts';

export const kindName: Record<RecordKind, string> = {
  page: 'Анкета',
  measure: 'Пункт плана',
  plan: 'План мероприятий',
  act: 'Утверждающий документ',
  meeting: 'Заседание общественного совета',
  organization: 'Организация',
  result: 'Результаты оценки',
  coverage: 'Охват оценкой и целевые показатели',
  improvement: 'План по устранению недостатков',
};

export const levelFilterName = {
  federal: 'Федеральный',
  regional: 'Субъекты Российской Федерации',
  municipal: 'Муниципальные образования',
} as const;
