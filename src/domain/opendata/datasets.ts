// The catalogue of open data: what each download is, in Russian, for the «Открытые данные» page
// and the Data Package descriptor.
import type { ContentIndex } from '../contentIndex.ts';
import { rowBuilders, type DatasetId } from './rows.ts';

export type { DatasetId };

export interface Dataset {
  id: DatasetId;
  title: string;
  description: string;
}

/** Every dataset, titled in Russian: a dataset of rowSchemas missing here does not compile. */
const catalogue: Record<DatasetId, Omit<Dataset, 'id'>> = {
  territories: {
    title: 'Территории',
    description:
      'Федеральный уровень, субъекты РФ и муниципальные образования с вышестоящей территорией.',
  },
  acts: {
    title: 'Нормативные акты',
    description:
      'Акты, утверждающие планы мероприятий, и акты, которые они отменяют или заменяют; реквизиты, не указанные в документе, пусты.',
  },
  plans: {
    title: 'Планы мероприятий',
    description:
      'Планы мероприятий по организации независимой оценки: территория, акт, период, сферы, действует ли редакция.',
  },
  measures: {
    title: 'Мероприятия планов',
    description:
      'Каждый пункт и подпункт планов: номер как в документе, текст, форма реализации, срок, исполнители, результат.',
  },
  'coverage-targets': {
    title: 'Целевые показатели',
    description:
      'Целевые показатели по годам: цель (число, диапазон или да/нет) и достигнутое значение с источником.',
  },
  'council-meetings': {
    title: 'Заседания общественных советов',
    description:
      'Запланированные (по графикам планов) и проведённые заседания с повесткой и решениями.',
  },
  organizations: {
    title: 'Организации',
    description:
      'Организации, результаты оценки которых опубликованы на портале: наименование, сфера, территория.',
  },
  results: {
    title: 'Результаты независимой оценки',
    description:
      'Опубликованные результаты оценки организаций: баллы по критериям и итог, методика и источник.',
  },
  scores: {
    title: 'Баллы: опубликованные и рассчитанные',
    description:
      'Баллы организаций по критериям К1–К5 и итог: опубликованные органами власти и рассчитанные порталом по методике из сведений оператора, с отметкой о совпадении с опубликованными.',
  },
  'improvement-plans': {
    title: 'Планы по устранению недостатков',
    description:
      'Каждый пункт планов по устранению недостатков (форма ПП РФ № 457): недостаток, мероприятие, сроки, исполнитель, сведения о выполнении и статус на дату сборки.',
  },
};

export const datasets: Dataset[] = (Object.keys(catalogue) as DatasetId[]).map((id) => ({
  id,
  ...catalogue[id],
}));

export const rowsOf = (id: DatasetId, site: ContentIndex): object[] => rowBuilders[id](site);

export const LICENCE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
