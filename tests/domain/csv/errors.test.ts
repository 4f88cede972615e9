import { describe, expect, it } from 'vitest';
import { formatImportErrors, type ImportError } from '../../../src/domain/csv/errors.ts';

const base: ImportError = {
  file: 'results.csv',
  row: 5,
  line: 5,
  column: 'total',
  value: '111, 83',
  reason: 'не число: пробел внутри числа',
};

describe('formatImportErrors', () => {
  it('renders one error per line, naming file, row, column and value', () => {
    const text = formatImportErrors([
      base,
      {
        ...base,
        row: 3,
        line: 3,
        column: 'organization',
        value: '',
        reason: 'обязательное значение не заполнено',
      },
    ]);
    expect(text).toBe(
      'results.csv, строка 5, столбец total: «111, 83» — не число: пробел внутри числа\n' +
        'results.csv, строка 3, столбец organization: обязательное значение не заполнено',
    );
  });

  it('adds the file line when a cell above spans lines', () => {
    expect(formatImportErrors([{ ...base, line: 7 }])).toBe(
      'results.csv, строка 5 (строка файла 7), столбец total: «111, 83» — не число: пробел внутри числа',
    );
  });

  it('omits the column for whole-row errors', () => {
    expect(
      formatImportErrors([
        { ...base, column: '', value: '', reason: 'ячеек в строке 3, а столбцов в заголовке 4' },
      ]),
    ).toBe('results.csv, строка 5: ячеек в строке 3, а столбцов в заголовке 4');
  });
});
