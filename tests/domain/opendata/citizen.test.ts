import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { citizenTable, columnTitles } from '../../../src/domain/opendata/citizen.ts';
import { columnsOf } from '../../../src/domain/opendata/csv.ts';
import { rowSchemas } from '../../../src/domain/opendata/rows.ts';
import { distributionRowSchema, sphereMeanRowSchema } from '../../../src/domain/results/index.ts';

const published = [
  ...Object.values(rowSchemas),
  distributionRowSchema,
  sphereMeanRowSchema,
] as z.ZodObject<z.ZodRawShape>[];

describe('citizenTable', () => {
  it('has a Russian title for every column of every table the portal publishes', () => {
    for (const schema of published) {
      const titles = columnTitles.get(schema);
      expect(titles, columnsOf(schema).join(',')).toBeDefined();
      expect(Object.keys(titles!).sort()).toEqual(columnsOf(schema).sort());
      for (const title of Object.values(titles!)) expect(title).toMatch(/^[А-ЯЁК№][^a-z_]*$/);
    }
  });

  it('turns codes into Russian words, yes/no into «да»/«нет», days into dates, territory ids into names', () => {
    const table = citizenTable(
      rowSchemas.plans,
      [
        {
          id: 'plan-1',
          title: '=План',
          territory: 'oblast',
          act: 'akt-1',
          period_from: 2016,
          period_to: 2018,
          spheres: 'culture; social',
          in_force: false,
          measures: 12,
          source_file: null,
        },
      ],
      { territoryName: (id) => (id === 'oblast' ? 'Область-пример' : undefined) },
    );
    expect(table.titles).toEqual([
      'Код плана',
      'Наименование',
      'Территория',
      'Утверждающий документ (код)',
      'С года',
      'По год',
      'Сферы',
      'Действует',
      'Пунктов и подпунктов',
      'Файл документа на портале',
    ]);
    expect([...table.rows]).toEqual([
      [
        'plan-1',
        '=План',
        'Область-пример',
        'akt-1',
        2016,
        2018,
        'Культура; Социальное обслуживание',
        'нет',
        12,
        null,
      ],
    ]);
  });

  it('keeps numbers as numbers and labels statuses and kinds', () => {
    const [row] = citizenTable(rowSchemas.scores, [
      {
        organization_id: 'muzey',
        organization: 'Музей',
        sphere: 'culture',
        territory: 'nowhere',
        year: 2019,
        method: '344н-2018',
        kind: 'computed',
        criterion_1: 128.15,
        criterion_2: null,
        criterion_3: 0,
        criterion_4: 1,
        criterion_5: 2,
        total: 93.3,
        max_total: 100,
        comparison: 'differs',
        source: 'отчёт',
      },
    ]).rows;
    expect(row).toEqual([
      'muzey',
      'Музей',
      'Культура',
      'nowhere',
      2019,
      '344н-2018',
      'Рассчитан порталом по сведениям оператора',
      128.15,
      null,
      0,
      1,
      2,
      93.3,
      100,
      'Расходится с опубликованным',
      'отчёт',
    ]);
  });

  it('writes an ISO day as a date', () => {
    const [row] = citizenTable(rowSchemas.acts, [
      {
        id: 'a',
        title: 'Приказ',
        kind: 'приказ',
        issuer: 'Минтруд',
        number: null,
        date: '2018-01-01',
        date_as_written: null,
        in_force_from: null,
        repeals: '',
        replaces: '',
        text_available: true,
      },
    ]).rows;
    expect(row![5]).toEqual(new Date('2018-01-01T00:00:00Z'));
    expect(row![10]).toBe('да');
  });
});
