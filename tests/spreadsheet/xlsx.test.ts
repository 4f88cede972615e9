// The citizen's .xlsx of every open-data collection, opened in headless LibreOffice Calc under a
// Russian locale: Russian column titles, numbers as numbers shown with a decimal comma, days as
// dates shown as ДД.ММ.ГГГГ, text exactly as published and never a formula.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  citizenTable,
  type CitizenCell,
  type CitizenTable,
} from '../../src/domain/opendata/citizen.ts';
import { rowSchemas } from '../../src/domain/opendata/rows.ts';
import { xlsxChunks } from '../../src/domain/opendata/xlsx.ts';
import {
  convertToFods,
  hasLibreOffice,
  noLibreOffice,
  readFods,
  type SheetCell,
} from '../helpers/libreoffice.ts';
import { datasetRowsOf, hostile, realSite } from './content.ts';

function citizenTables(): Record<string, CitizenTable> {
  const site = realSite();
  const territoryName = (id: string) => site.territoryById.get(id)?.data.name;
  const tables: Record<string, CitizenTable> = {};
  for (const { id, rows } of datasetRowsOf(site))
    tables[id] = citizenTable(rowSchemas[id], rows, { territoryName });
  // Besides formulas: what XML or SpreadsheetML would otherwise change (control characters: see
  // tests/domain/opendata/xlsx.test.ts; a flat ODS cannot show them).
  const xmlTricky = [
    '<a href="x"> & </a>',
    '_x0041_ — буквально',
    '  пробелы по краям  ',
    'две\nстроки',
  ];
  tables['hostile'] = {
    titles: ['Текст', 'Число'],
    rows: [...hostile, ...xmlTricky].map((text, i) => [text, i / 4]),
  };
  return tables;
}

const ruNumber = (n: number) => String(n).replace('.', ',');
const ruDay = (d: Date) => d.toISOString().slice(0, 10).split('-').reverse().join('.');

/** Why a cell does not show what the citizen's table holds, or undefined when it does. */
function mismatch(expected: CitizenCell, cell: SheetCell | undefined): string | undefined {
  if (cell?.formula !== undefined) return `formula ${cell.formula}`;
  if (expected === null)
    return cell === undefined || cell.type === '' ? undefined : `${cell.type} «${cell.text}»`;
  if (cell === undefined) return 'empty';
  if (typeof expected === 'number')
    return cell.type === 'float' &&
      Number(cell.value) === expected &&
      cell.text === ruNumber(expected)
      ? undefined
      : `${cell.type} «${cell.text}»`;
  if (expected instanceof Date)
    return cell.type === 'date' && cell.text === ruDay(expected)
      ? undefined
      : `${cell.type} «${cell.text}»`;
  return cell.type === 'string' && cell.text === expected.replace(/\r\n?/g, '\n')
    ? undefined
    : `${cell.type} «${cell.text}»`;
}

describe.skipIf(!hasLibreOffice)('citizen .xlsx downloads in LibreOffice Calc, ru-RU', () => {
  const tables = citizenTables();
  const sheets = new Map<string, SheetCell[][]>();

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'nok-xlsx-lo-'));
    const files = await Promise.all(
      Object.entries(tables).map(async ([name, table]) => {
        const file = path.join(dir, `${name}.xlsx`);
        fs.writeFileSync(file, Buffer.concat([...xlsxChunks(table, name)]));
        return file;
      }),
    );
    const converted = convertToFods(files, path.join(dir, 'out'), { locale: 'ru-RU' });
    Object.keys(tables).forEach((name, i) => sheets.set(name, readFods(converted[i]!)));
  });

  it('holds real numbers with fractions, to see the decimal comma on', () => {
    const fractions = Object.values(tables)
      .flatMap((t) => [...t.rows].flat())
      .filter((c) => typeof c === 'number' && !Number.isInteger(c));
    expect(fractions.length).toBeGreaterThan(10);
  });

  it.each(Object.keys(tables))(
    '%s: Russian titles, every cell as in the table, no formula',
    (name) => {
      const { titles } = tables[name]!;
      const rows = [...tables[name]!.rows];
      const [header, ...body] = sheets.get(name)!;
      expect(header!.map((c) => c.text)).toEqual(titles);
      const faults = rows.flatMap((row, r) =>
        row.flatMap((cell, c) => {
          const why = mismatch(cell, body[r]?.[c]);
          return why === undefined
            ? []
            : [`row ${r + 2}, column «${titles[c]}»: ${String(cell)} came back as ${why}`];
        }),
      );
      expect(faults).toEqual([]);
      expect(body).toHaveLength(rows.length);
    },
  );
});

// Said once, where LibreOffice is absent; nothing is counted as skipped where it runs.
if (!hasLibreOffice) {
  describe('citizen .xlsx downloads in LibreOffice Calc, ru-RU', () => {
    it.skip(noLibreOffice, () => {});
  });
}
