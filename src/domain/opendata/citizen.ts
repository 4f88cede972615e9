// The citizen's copy of a table download. The CSV stays machine-readable (English column names
// and codes, decimal points, ISO dates: Frictionless, RFC 4180); this copy is for a person who
// double-clicks it in a Russian spreadsheet: Russian column titles, Russian words for codes,
// «да»/«нет», territory names instead of ids, days as dates. Numbers stay numbers, so the
// spreadsheet shows them with the reader's own decimal comma and can sum and sort them.
import type { z } from 'zod';
import { levelNames as levelName, sphereNames as sphereName } from '../vocabulary.ts';
import { coverageRowSchema } from '../coverage/rows.ts';
import { improvementRowSchema, progressLabels } from '../progress/index.ts';
import { distributionRowSchema, resultRowSchema, sphereMeanRowSchema } from '../results/index.ts';
import { indicatorKinds } from '../schemas/index.ts';
import { columnsOf } from './csv.ts';
import {
  actRow,
  councilMeetingRow,
  measureRow,
  organizationRow,
  planRow,
  resultRow,
  territoryRow,
} from './rows.ts';

type RowSchema = z.ZodObject<z.ZodRawShape>;

/** A cell of the citizen's table: text, a number, a day, or empty. */
export type CitizenCell = string | number | Date | null;

export interface CitizenTable {
  titles: string[];
  /** Made row by row as they are read (a national table is 500,000 rows); can be read again. */
  rows: Iterable<CitizenCell[]>;
}

export interface CitizenOptions {
  /** The name of a territory by its id; ids it does not know stay as they are. */
  territoryName?: (id: string) => string | undefined;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const capitalized = <K extends string>(labels: Record<K, string>) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, capital(v as string)])) as Record<
    K,
    string
  >;

const indicatorName: Record<(typeof indicatorKinds)[number], string> = {
  assessedShare: 'Доля организаций, прошедших независимую оценку',
  onlineSurvey: 'Возможность оставить отзыв о качестве услуг на официальном сайте',
  councilMeetings: 'Заседания общественных советов',
};

/** Russian words for the codes of each column that holds codes. */
const codeLabels: Record<string, Record<string, string>> = {
  sphere: capitalized(sphereName),
  level: capitalized(levelName),
  status: { planned: 'Запланировано', held: 'Проведено', ...progressLabels },
  kind: {
    published: 'Опубликован органом власти',
    computed: 'Рассчитан порталом по сведениям оператора',
  },
  comparison: {
    agrees: 'Совпадает с опубликованным',
    differs: 'Расходится с опубликованным',
    notComparable: 'Сравнить нельзя',
  },
  indicator: indicatorName,
  target_kind: { number: 'Число', range: 'Диапазон', boolean: 'Да или нет' },
};

const territoryColumns = new Set(['territory', 'territory_id', 'parent']);
const dayColumns = new Set(['date', 'in_force_from', 'planned_date', 'actual_date']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const criteria = {
  criterion_1: 'Критерий 1',
  criterion_2: 'Критерий 2',
  criterion_3: 'Критерий 3',
  criterion_4: 'Критерий 4',
  criterion_5: 'Критерий 5',
  total: 'Итоговый балл',
  max_total: 'Наибольший возможный балл',
};

/** Russian column titles of every table the portal publishes; a test keeps them complete. */
export const columnTitles = new Map<RowSchema, Record<string, string>>([
  [
    territoryRow,
    {
      id: 'Код территории',
      name: 'Наименование',
      level: 'Уровень',
      parent: 'Вышестоящая территория',
    },
  ],
  [
    actRow,
    {
      id: 'Код документа',
      title: 'Наименование',
      kind: 'Вид документа',
      issuer: 'Кем принят',
      number: 'Номер',
      date: 'Дата',
      date_as_written: 'Дата, как в документе',
      in_force_from: 'Вступает в силу',
      repeals: 'Отменяет (коды документов)',
      replaces: 'Заменяет (коды документов)',
      text_available: 'Текст есть на портале',
    },
  ],
  [
    planRow,
    {
      id: 'Код плана',
      title: 'Наименование',
      territory: 'Территория',
      act: 'Утверждающий документ (код)',
      period_from: 'С года',
      period_to: 'По год',
      spheres: 'Сферы',
      in_force: 'Действует',
      measures: 'Пунктов и подпунктов',
      source_file: 'Файл документа на портале',
    },
  ],
  [
    measureRow,
    {
      plan: 'План мероприятий (код)',
      territory: 'Территория',
      anchor: 'Метка пункта на странице плана',
      parent_anchor: 'Метка вышестоящего пункта',
      depth: 'Уровень вложенности',
      number: 'Номер пункта',
      section: 'Раздел плана',
      text: 'Текст пункта',
      form: 'Форма реализации',
      deadline: 'Срок',
      executors: 'Ответственные исполнители',
      result: 'Ожидаемый результат',
    },
  ],
  [
    coverageRowSchema,
    {
      territory: 'Территория',
      plan: 'План мероприятий (код)',
      indicator: 'Показатель',
      indicator_as_written: 'Показатель, как в плане',
      unit: 'Единица измерения',
      year: 'Год',
      by_end_of_year: 'К концу года',
      target_kind: 'Вид цели',
      target_min: 'Цель: не меньше',
      target_max: 'Цель: не больше',
      target_value: 'Целевое значение',
      achieved: 'Достигнуто',
      achieved_source: 'Источник достигнутого значения',
    },
  ],
  [
    councilMeetingRow,
    {
      id: 'Код заседания',
      territory: 'Территория',
      status: 'Состояние',
      council: 'Общественный совет',
      title: 'Тема',
      when: 'Когда',
      plan: 'План мероприятий (код)',
      schedule_as_written: 'Срок по плану',
      agenda: 'Повестка',
      decisions: 'Решения',
    },
  ],
  [
    organizationRow,
    {
      id: 'Код организации',
      name: 'Наименование',
      short_name: 'Краткое наименование',
      sphere: 'Сфера',
      territory: 'Территория',
      website: 'Сайт',
    },
  ],
  [
    resultRow,
    {
      id: 'Код результата',
      organization: 'Организация',
      organization_id: 'Код организации',
      sphere: 'Сфера',
      region: 'Субъект РФ',
      municipality: 'Муниципальное образование',
      year: 'Год',
      method: 'Методика',
      operator: 'Организация-оператор',
      ...criteria,
      rank: 'Место в рейтинге',
      rank_of: 'Мест в рейтинге',
      source: 'Источник',
      notes: 'Примечания',
    },
  ],
  [
    resultRowSchema,
    {
      organization_id: 'Код организации',
      organization: 'Организация',
      sphere: 'Сфера',
      territory: 'Территория',
      year: 'Год',
      method: 'Методика',
      kind: 'Вид результата',
      ...criteria,
      comparison: 'Сравнение с опубликованным',
      source: 'Источник',
    },
  ],
  [
    improvementRowSchema,
    {
      plan_id: 'Код плана устранения недостатков',
      synthetic: 'Синтетические данные',
      organization_id: 'Код организации',
      organization: 'Организация',
      territory_id: 'Территория',
      sphere: 'Сфера',
      result_id: 'Результат оценки (код)',
      assessment_year: 'Год оценки',
      number: '№ п/п',
      criterion: 'Критерий',
      shortcoming: 'Недостаток',
      measure: 'Мероприятие',
      planned_date: 'Плановый срок',
      deadline_as_written: 'Срок, как в плане',
      responsible: 'Ответственные',
      done: 'Реализованные меры',
      actual_date: 'Фактический срок',
      status: 'Статус',
      status_explanation: 'Почему такой статус',
      days_late: 'Дней просрочки',
    },
  ],
  [
    distributionRowSchema,
    {
      method: 'Методика',
      year: 'Год',
      from: 'Итоговый балл: от',
      to: 'Итоговый балл: до',
      count: 'Организаций',
    },
  ],
  [
    sphereMeanRowSchema,
    {
      method: 'Методика',
      year: 'Год',
      sphere: 'Сфера',
      mean: 'Средний итоговый балл',
      counted: 'Организаций учтено',
      skipped: 'Организаций не учтено',
    },
  ],
]);

export function citizenTable(
  schema: RowSchema,
  rows: readonly object[],
  options: CitizenOptions = {},
): CitizenTable {
  const titles = columnTitles.get(schema);
  if (!titles)
    throw new Error(`no Russian column titles for the columns ${columnsOf(schema).join(', ')}`);
  const columns = columnsOf(schema);
  return {
    titles: columns.map((c) => titles[c] ?? c),
    rows: {
      *[Symbol.iterator]() {
        for (const row of rows)
          yield columns.map((c) => citizenCell(c, (row as Record<string, unknown>)[c], options));
      },
    },
  };
}

function citizenCell(column: string, value: unknown, options: CitizenOptions): CitizenCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  if (typeof value === 'number') return value;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- row values are text, numbers, yes/no or lists of text, never plain objects
  const text = String(value);
  // An empty list («repeals» of an act that repeals nothing) is an empty cell, not a text cell of nothing.
  if (text === '') return null;
  if (dayColumns.has(column) && ISO_DAY.test(text)) return new Date(`${text}T00:00:00Z`);
  if (territoryColumns.has(column)) return options.territoryName?.(text) ?? text;
  if (column === 'spheres')
    return text
      .split('; ')
      .map((s) => codeLabels['sphere']![s] ?? s)
      .join('; ');
  return codeLabels[column]?.[text] ?? text;
}
