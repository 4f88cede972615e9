import { describe, expect, it } from 'vitest';
import { formatImportErrors, importResultsCsv } from '../../../src/domain/csv/index.ts';
import { splitRecords } from '../../../src/domain/csv/records.ts';

const header = 'organization,sphere,region,method,total,source';

describe('splitRecords', () => {
  it('counts spreadsheet rows and file lines separately', () => {
    const records = splitRecords('a,b\n"x\r\ny\nz",1\n\n2,3');
    expect(records.map(({ row, line }) => [row, line])).toEqual([
      [1, 1],
      [2, 2],
      [3, 5],
      [4, 6],
    ]);
  });
});

describe('importResultsCsv: broken CSV structure', () => {
  const importText = (text: string) => importResultsCsv(new TextEncoder().encode(text), 'x.csv');

  it('reports a row with too few or too many cells', () => {
    const result = importText(
      `${header}\nУчреждение-пример,health,Область-пример,344н-2018,90\nУчреждение-пример,health,Область-пример,344н-2018,111, 83,https://example.org\n`,
    );
    expect(result.ok ? '' : formatImportErrors(result.errors)).toBe(
      'x.csv, строка 2: ячеек в строке 5, а столбцов в заголовке 6\n' +
        'x.csv, строка 3: ячеек в строке 7, а столбцов в заголовке 6',
    );
  });

  it('reports an unclosed quote', () => {
    const result = importText(
      `${header}\n"Учреждение-пример,health,Область-пример,344н-2018,90,https://example.org\n`,
    );
    expect(result.ok ? '' : formatImportErrors(result.errors)).toBe(
      'x.csv, строка 2: кавычка открыта и не закрыта — всё до конца файла попало в одну ячейку',
    );
  });

  it('skips blank rows, including rows of empty cells, but counts them', () => {
    const result = importText(
      `${header}\n,,,,,\n\nУчреждение-пример,health,Область-пример,344н-2018,1x,https://example.org\n`,
    );
    expect(result.ok ? [] : result.errors.map((error) => [error.row, error.column])).toEqual([
      [4, 'total'],
    ]);
  });

  it('trims spaces and a BOM left after decoding around header names', () => {
    const result = importText(
      `\uFEFF\uFEFF organization , sphere,region,method,total,source\nУчреждение-пример,health,Область-пример,344н-2018,90,https://example.org\n`,
    );
    expect(result.ok && result.rows[0]?.organization).toBe('Учреждение-пример');
  });

  it('reports a repeated column', () => {
    const result = importText(
      `${header},total\nУчреждение-пример,health,Область-пример,344н-2018,90,https://example.org,91\n`,
    );
    expect(result.ok ? [] : result.errors.map((error) => [error.column, error.reason])).toEqual([
      ['total', 'столбец повторяется — учтён первый'],
    ]);
  });
});
