// Operators' files with more than one fault, given as bytes: every fault is named in one pass.
import { describe, expect, it } from 'vitest';
import { formatImportErrors, importResultsCsv } from '../../../src/domain/csv/index.ts';
import { MAX_CELL_LENGTH } from '../../../src/domain/csv/rows.ts';
import { utf16 } from './decode.test.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const lines = (...rows: string[]) => `${rows.join('\r\n')}\r\n`;
const messages = (bytes: Uint8Array, file = 'x.csv') => {
  const result = importResultsCsv(bytes, file);
  return result.ok ? [] : formatImportErrors(result.errors).split('\n');
};

describe('header and row faults together', () => {
  // Lacks region and source; row 2 is fine; rows 3–5 have one fault each, in present columns.
  const file = lines(
    'organization,sphere,year,method,total',
    'Учреждение-пример 1,culture,2019,344н-2018,96',
    'Учреждение-пример 2,culture,2019,344н-2018,101',
    'Учреждение-пример 3,space,20x9,344н-2018,90',
    'Учреждение-пример 4,culture,2019,344н-2018,"111, 83"',
  );

  it('names the missing columns and every faulty row, and invents nothing for the missing columns', () => {
    expect(messages(utf8(file), 'ocenka.csv')).toEqual([
      'ocenka.csv, строка 1, столбец region: нет обязательного столбца',
      'ocenka.csv, строка 1, столбец source: нет обязательного столбца',
      'ocenka.csv, строка 3, столбец total: «101» — больше максимума 100 баллов',
      'ocenka.csv, строка 4, столбец sphere: «space» — допустимые значения: culture, social, health, education',
      'ocenka.csv, строка 4, столбец year: «20x9» — ожидается целое число',
      'ocenka.csv, строка 5, столбец total: «111, 83» — не число: пробел внутри числа',
    ]);
  });

  it('ignores the cells of an unknown column but checks the others', () => {
    const text = lines(
      'organization,sphere,region,method,score,total,source',
      'Учреждение-пример,health,Область-пример,344н-2018,что угодно,-1,https://example.org',
    );
    const found = messages(utf8(text));
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(
      /^x\.csv, строка 1, столбец score: «score» — неизвестный столбец; допустимые: organization/,
    );
    expect(found[1]).toBe(
      'x.csv, строка 2, столбец total: «-1» — балл не может быть отрицательным',
    );
  });

  it('reports no duplicates when the header lacks a column that tells results apart', () => {
    const text = lines(
      'organization,sphere,year,total,source',
      'А,culture,2019,90,https://example.org',
      'А,culture,2019,91,https://example.org',
    );
    expect(messages(utf8(text))).toEqual([
      'x.csv, строка 1, столбец region: нет обязательного столбца',
      'x.csv, строка 1, столбец method: нет обязательного столбца',
    ]);
  });
});

const good = ['organization', 'sphere', 'region', 'year', 'method', 'total', 'source'];
const row = [
  'Учреждение-пример',
  'culture',
  'Область-пример',
  '2019',
  '344н-2018',
  '90.5',
  'https://example.org/nok',
];

describe('encodings and delimiters', () => {
  it.each(['le', 'be'] as const)(
    'imports a tab-separated UTF-16 %s file (Excel «Текст Юникод»)',
    (endian) => {
      const result = importResultsCsv(
        utf16(lines(good.join('\t'), row.join('\t')), endian),
        'unicode.txt',
      );
      expect(result).toEqual({
        ok: true,
        rows: [
          expect.objectContaining({ organization: 'Учреждение-пример', total: 90.5, year: 2019 }),
        ],
      });
    },
  );

  it('imports a tab-separated UTF-8 file', () => {
    expect(importResultsCsv(utf8(lines(good.join('\t'), row.join('\t'))), 'x.tsv')).toMatchObject({
      ok: true,
      rows: [{ total: 90.5 }],
    });
  });

  it('names a delimiter that is not accepted', () => {
    expect(messages(utf8(lines(good.join('|'), row.join('|'))))).toEqual([
      `x.csv, строка 1, столбец ${good.join('|')}: «${good.join('|')}» — весь заголовок прочитан как один столбец: разделитель столбцов здесь — «|», а принимаются запятая, точка с запятой и табуляция`,
      ...['organization', 'sphere', 'region', 'method', 'total', 'source'].map(
        (c) => `x.csv, строка 1, столбец ${c}: нет обязательного столбца`,
      ),
    ]);
  });

  it('says which encoding garbled column names were read in', () => {
    // «Организация» in Windows-1251, a header a person typed in Russian.
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode(`${good.join(',')},`),
      0xce,
      0xf0,
      0xe3,
      0xe0,
      0xed,
      0xe8,
      0xe7,
      0xe0,
      0xf6,
      0xe8,
      0xff,
      0x0d,
      0x0a,
    ]);
    const found = messages(bytes);
    expect(found[0]).toMatch(
      /^x\.csv, строка 1, столбец Организация: «Организация» — неизвестный столбец; .*; файл прочитан в кодировке Windows-1251$/,
    );
  });
});

describe('files that are refused whole', () => {
  it('refuses a header-only file, blank lines after it included', () => {
    expect(messages(utf8(lines(good.join(','), '', ',,,,,,')))).toEqual([
      'x.csv, строка 2: нет ни одной строки результатов: в файле только заголовок',
    ]);
  });

  it('refuses the same result twice, naming both rows', () => {
    const other = ['Учреждение-пример 2', ...row.slice(1)];
    const text = lines(
      good.join(';'),
      row.join(';'),
      other.join(';'),
      row.join(';').replace('90.5', '91'),
    );
    expect(messages(utf8(text))).toEqual([
      'x.csv, строка 4: повторяет строку 2: тот же результат организации «Учреждение-пример», 2019 год, методика 344н-2018 — оставьте одну из строк',
    ]);
  });

  it('tells one organization by its portal id, and namesakes apart by municipality', () => {
    const header = [...good, 'organization_id', 'municipality'].join(',');
    const text = lines(
      header,
      [...row, 'muzey-primer', 'Район-пример 1'].join(','),
      [...row, '', 'Район-пример 1'].join(','),
      [...row, '', 'Район-пример 2'].join(','),
      ['Музей-пример (как в другой публикации)', ...row.slice(1), 'muzey-primer', ''].join(','),
    );
    expect(messages(utf8(text))).toEqual([
      'x.csv, строка 5: повторяет строку 2: тот же результат организации «Музей-пример (как в другой публикации)» (muzey-primer), 2019 год, методика 344н-2018 — оставьте одну из строк',
    ]);
  });

  it('keeps results of other years and methods', () => {
    const text = lines(
      good.join(','),
      row.join(','),
      row.join(',').replace('2019', '2020'),
      row.join(',').replace('344н-2018', 'pre-2018-culture'),
    );
    expect(importResultsCsv(utf8(text), 'x.csv')).toMatchObject({ ok: true, rows: [{}, {}, {}] });
  });

  it('refuses an over-long cell and shows only its beginning', () => {
    const long = `Учреждение-пример ${'я'.repeat(MAX_CELL_LENGTH)}`;
    const found = messages(utf8(lines(good.join(','), [long, ...row.slice(1)].join(','))));
    expect(found).toEqual([
      `x.csv, строка 2, столбец organization: «${long.slice(0, 100)}…» — ячейка длиной ${long.length} знаков, а допускается не больше ${MAX_CELL_LENGTH} — проверьте, не попало ли в неё лишнее`,
    ]);
  });

  it('accepts a cell of exactly the longest length', () => {
    const note = 'я'.repeat(MAX_CELL_LENGTH);
    expect(
      importResultsCsv(
        utf8(lines([...good, 'notes'].join(','), [...row, note].join(','))),
        'x.csv',
      ),
    ).toMatchObject({ ok: true, rows: [{ notes: note }] });
  });
});
