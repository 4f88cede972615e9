import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatImportErrors,
  importResultsCsv,
  type ImportError,
  type PublishedResult,
} from '../../../src/domain/csv/index.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/csv');

function importFixture(name: string) {
  return importResultsCsv(fs.readFileSync(path.join(fixtures, name)), name);
}

function rowsOf(name: string): PublishedResult[] {
  const result = importFixture(name);
  if (!result.ok) throw new Error(formatImportErrors(result.errors));
  return result.rows;
}

function errorsOf(name: string): ImportError[] {
  const result = importFixture(name);
  if (result.ok) throw new Error(`${name} imported without errors`);
  return result.errors;
}

const firstTwoRows: PublishedResult[] = [
  {
    organization: 'Учреждение-пример 1',
    sphere: 'culture',
    region: 'Область-пример',
    municipality: 'Район-пример',
    year: 2019,
    method: '344н-2018',
    criterion_1: 100,
    criterion_2: 100,
    criterion_3: 80.5,
    criterion_4: 100,
    criterion_5: 100,
    total: 96.1,
    max_total: 100,
    rank: 1,
    rank_of: 2,
    source: 'https://example.org/nok-2019',
  },
  {
    organization: 'Учреждение-пример 2',
    sphere: 'culture',
    region: 'Область-пример',
    municipality: 'Район-пример',
    year: 2019,
    method: '344н-2018',
    criterion_1: 90.5,
    criterion_2: 91,
    criterion_4: 88.25,
    criterion_5: 95,
    total: 91.19,
    max_total: 100,
    rank: 2,
    rank_of: 2,
    source: 'https://example.org/nok-2019',
    notes: 'Синтетическая строка',
  },
];

describe('importResultsCsv: encodings', () => {
  it.each(['utf8-bom.csv', 'utf8-no-bom.csv', 'windows-1251.csv'])(
    'reads %s to the same rows',
    (name) => {
      expect(rowsOf(name)).toEqual(firstTwoRows);
    },
  );

  it('really has Windows-1251 bytes in its fixture', () => {
    expect(() =>
      new TextDecoder('utf-8', { fatal: true }).decode(
        fs.readFileSync(path.join(fixtures, 'windows-1251.csv')),
      ),
    ).toThrow();
  });

  it('leaves an unpublished criterion absent, not 0', () => {
    expect(rowsOf('utf8-no-bom.csv')[1]).not.toHaveProperty('criterion_3');
  });
});

describe('importResultsCsv: dirty files that import', () => {
  it('reads semicolons, unquoted decimal commas and quotes inside quoted cells', () => {
    expect(rowsOf('semicolon.csv')).toEqual([
      {
        organization: 'Учреждение-пример 1; филиал',
        sphere: 'social',
        region: 'Область-пример',
        year: 2020,
        method: '344н-2018',
        total: 87.4,
        max_total: 100,
        source: 'https://example.org/nok-2020',
      },
      {
        organization: 'Учреждение-пример 2',
        sphere: 'social',
        region: 'Область-пример',
        year: 2020,
        method: '344н-2018',
        total: 90.05,
        max_total: 100,
        source: 'https://example.org/nok-2020',
        notes: 'Примечание с "кавычками"',
      },
    ]);
  });

  it('reads decimal commas and points mixed in one column, resolves «same» and keeps its remark', () => {
    const rows = rowsOf('mixed-decimals.csv');
    expect(rows.map((row) => row.total)).toEqual([128.15, 140.45, 137, 96.1]);
    expect(new Set(rows.map((row) => row.source))).toEqual(
      new Set(['https://example.org/nok-2017']),
    );
    expect(rows[2]?.notes).toBe('без дробной части');
  });

  it('leaves an unknown year absent, not 0', () => {
    expect(rowsOf('mixed-decimals.csv')[3]).not.toHaveProperty('year');
  });
});

describe('importResultsCsv: refused files', () => {
  it('refuses «111, 83» and returns no rows at all', () => {
    expect(importFixture('stray-space.csv')).toEqual({
      ok: false,
      errors: [
        {
          file: 'stray-space.csv',
          row: 3,
          line: 3,
          column: 'total',
          value: '111, 83',
          reason: 'не число: пробел внутри числа',
        },
      ],
    });
  });

  it('names every missing required column', () => {
    const errors = errorsOf('missing-columns.csv');
    expect(errors.map((error) => [error.row, error.column, error.reason])).toEqual([
      [1, 'sphere', 'нет обязательного столбца'],
      [1, 'total', 'нет обязательного столбца'],
    ]);
  });

  it('refuses an unknown column', () => {
    const [error, ...others] = errorsOf('unknown-column.csv');
    expect(others).toEqual([]);
    expect(error).toMatchObject({ row: 1, column: 'score', value: 'score' });
    expect(error?.reason).toMatch(
      /^неизвестный столбец; допустимые: organization, organization_id, sphere/,
    );
  });

  it('refuses «same» on the first row but resolves it on the next', () => {
    expect(errorsOf('same-first-row.csv')).toEqual([
      {
        file: 'same-first-row.csv',
        row: 2,
        line: 2,
        column: 'source',
        value: 'same',
        reason: '«same» означает источник предыдущей строки, а это первая строка с данными',
      },
      {
        file: 'same-first-row.csv',
        row: 3,
        line: 3,
        column: 'source',
        value: 'same',
        reason: '«same» означает источник предыдущей строки, но в предыдущей строке источника нет',
      },
    ]);
  });

  it('refuses a header with no rows', () => {
    expect(errorsOf('header-only.csv')).toEqual([
      {
        file: 'header-only.csv',
        row: 2,
        line: 2,
        column: '',
        value: '',
        reason: 'нет ни одной строки результатов: в файле только заголовок',
      },
    ]);
  });

  it('refuses an empty file', () => {
    expect(errorsOf('empty.csv')).toEqual([
      {
        file: 'empty.csv',
        row: 1,
        line: 1,
        column: '',
        value: '',
        reason: 'файл пуст: нет строки заголовка',
      },
    ]);
  });
});

describe('importResultsCsv: several bad rows at once', () => {
  // Row 3 spans file lines 3–5; row 5 is blank; so rows and file lines part ways after row 3.
  const errors = errorsOf('several-bad-rows.csv');
  const brief = errors.map(({ row, line, column, value }) => [row, line, column, value]);

  it('reports every bad cell with its spreadsheet row and file line', () => {
    expect(brief).toEqual([
      [3, 3, 'total', '-3'],
      [4, 6, 'sphere', 'sports'],
      [4, 6, 'year', '19x9'],
      [4, 6, 'criterion_1', '101'],
      [4, 6, 'rank', '4'],
      [7, 9, 'organization', ''],
      [7, 9, 'total', '1 234,5'],
      [7, 9, 'source', ''],
    ]);
  });

  it('says why in Russian', () => {
    expect(formatImportErrors(errors).split('\n')).toEqual([
      'several-bad-rows.csv, строка 3, столбец total: «-3» — балл не может быть отрицательным',
      'several-bad-rows.csv, строка 4 (строка файла 6), столбец sphere: «sports» — допустимые значения: culture, social, health, education',
      'several-bad-rows.csv, строка 4 (строка файла 6), столбец year: «19x9» — ожидается целое число',
      'several-bad-rows.csv, строка 4 (строка файла 6), столбец criterion_1: «101» — больше максимума 100 баллов',
      'several-bad-rows.csv, строка 4 (строка файла 6), столбец rank: «4» — место больше числа мест в рейтинге (3)',
      'several-bad-rows.csv, строка 7 (строка файла 9), столбец organization: обязательное значение не заполнено',
      'several-bad-rows.csv, строка 7 (строка файла 9), столбец total: «1 234,5» — не число: пробел как разделитель разрядов — в баллах разделители разрядов не ожидаются, запишите число без пробелов',
      'several-bad-rows.csv, строка 7 (строка файла 9), столбец source: обязательное значение не заполнено',
    ]);
  });
});
