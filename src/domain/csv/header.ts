// The header row decides which cell is which column; it must name only known columns,
// each once, and every required one.
import type { ImportError } from './errors.ts';
import type { CsvRecord } from './records.ts';
import { requiredColumns, resultColumns, type ResultColumn } from './row.ts';

export type HeaderReading = { ok: true; columns: ResultColumn[] } | { ok: false; errors: ImportError[] };

const knownColumns = new Set<string>(Object.keys(resultColumns));

export function readHeader(record: CsvRecord, file: string): HeaderReading {
  const errors: ImportError[] = [];
  const fail = (column: string, value: string, reason: string) =>
    errors.push({ file, row: record.row, line: record.line, column, value, reason });
  // Excel may leave a BOM glued to the first name; spaces around names are invisible.
  const names = record.cells.map((cell) => cell.replaceAll('\uFEFF', '').trim());
  const seen = new Set<string>();
  names.forEach((name, index) => {
    const cell = record.cells[index] ?? '';
    if (name === '') fail(`№${index + 1}`, cell, 'столбец без имени');
    else if (!knownColumns.has(name)) fail(name, cell, `неизвестный столбец; допустимые: ${[...knownColumns].join(', ')}`);
    else if (seen.has(name)) fail(name, cell, 'столбец повторяется');
    seen.add(name);
  });
  for (const column of requiredColumns) {
    if (!seen.has(column)) fail(column, '', 'нет обязательного столбца');
  }
  if (errors.length > 0) return { ok: false, errors };
  // Every name was checked against the known columns above.
  return { ok: true, columns: names as ResultColumn[] };
}
