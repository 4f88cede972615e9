// Every CSV the portal writes, opened in a real spreadsheet (headless LibreOffice Calc) with
// formulas evaluated: no cell may come back as a formula, and every cell must come back as the
// text written (a number or an ISO date as that number or date).
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsToCsv, toCsv } from '../../src/domain/opendata/csv.ts';
import { guardCell } from '../../src/domain/opendata/formulaGuard.ts';
import { rowSchemas } from '../../src/domain/opendata/rows.ts';
import { answersCsv, countsCsv } from '../../src/receiver/export.ts';
import { validAnswers } from '../domain/questionnaire/fixtures.ts';
import {
  convertToFods,
  hasLibreOffice,
  noLibreOffice,
  readFods,
  type SheetCell,
} from '../helpers/libreoffice.ts';
import { datasetRowsOf, hostile, realSite } from './content.ts';

// UTF-8, comma, double quote, from line 1, en-US, then: quoted fields not forced to text,
// special numbers (dates) not detected, and — token 13 — formulas EVALUATED, the risky setting.
const CSV_IMPORT = 'CSV:44,34,76,1,,1033,false,false,false,false,false,false,true';

function writtenTables(): Record<string, string> {
  const tables: Record<string, string> = {};
  for (const { id, rows } of datasetRowsOf(realSite()))
    tables[`${id}.csv`] = rowsToCsv(rowSchemas[id], rows);
  const answers = hostile.map((proposal, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    organization: 'muzey-primer',
    questionnaire: '675н-2018',
    sphere: 'culture' as const,
    receivedOn: '2025-03-01',
    answers: validAnswers('culture'),
    proposal,
  }));
  tables['survey-answers.csv'] = answersCsv(answers, true);
  tables['survey-counts.csv'] = countsCsv(answers);
  tables['hostile.csv'] = toCsv(
    hostile.map((text, i) => ({ text, n: i })),
    ['text', 'n'],
  );
  return tables;
}

/** Why a cell does not come back as written, or undefined when it does. */
function mismatch(written: string, cell: SheetCell | undefined): string | undefined {
  const text = written.replace(/\r\n?/g, '\n');
  if (cell?.formula !== undefined) return `formula ${cell.formula}`;
  if (cell === undefined || cell.type === '') return text === '' ? undefined : 'empty';
  if (cell.type === 'string') return cell.text === text ? undefined : `text «${cell.text}»`;
  if (cell.type === 'float')
    return Number(cell.value) === Number(text) && text.trim() !== ''
      ? undefined
      : `number ${cell.value}`;
  if (cell.type === 'date') return cell.value === text ? undefined : `date ${cell.value}`;
  return `${cell.type} ${cell.value}`;
}

describe.skipIf(!hasLibreOffice)('CSV downloads in LibreOffice Calc', () => {
  const tables = writtenTables();
  const sheets = new Map<string, SheetCell[][]>();

  beforeAll(() => {
    const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'nok-csv-lo-'));
    const files = Object.entries(tables).map(([name, text]) => {
      fs.writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    });
    const converted = convertToFods(files, path.join(dir, 'out'), { infilter: CSV_IMPORT });
    Object.keys(tables).forEach((name, i) => sheets.set(name, readFods(converted[i]!)));
  });

  it('writes the tables with the cells that need a guard, real ones included', () => {
    const cells = Object.values(tables).flatMap((text) =>
      Papa.parse<string[]>(text.slice(1)).data.flat(),
    );
    // The «-» measures of the Mintrud plan and the council meetings are real cells of content/.
    expect(
      cells.filter((c) => c.startsWith("'-") && !hostile.includes(c.slice(1))).length,
    ).toBeGreaterThanOrEqual(20);
    expect(cells).toContain(guardCell(hostile[0]!));
  });

  it.each(Object.keys(tables))('%s: no formula, every cell as written', (name) => {
    const written = Papa.parse<string[]>(tables[name]!.slice(1), { skipEmptyLines: true }).data;
    const sheet = sheets.get(name)!;
    const faults = written.flatMap((row, r) =>
      row.flatMap((cell, c) => {
        const why = mismatch(cell, sheet[r]?.[c]);
        return why === undefined
          ? []
          : [`row ${r + 1}, column ${c + 1}: «${cell}» came back as ${why}`];
      }),
    );
    expect(faults).toEqual([]);
    expect(sheet.length).toBe(written.length);
  });
});

// Said once, where LibreOffice is absent; nothing is counted as skipped where it runs.
if (!hasLibreOffice) {
  describe('CSV downloads in LibreOffice Calc', () => {
    it.skip(noLibreOffice, () => {});
  });
}
