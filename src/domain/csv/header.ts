// The header row decides which cell is which column; it must name only known columns,
// each once, and every required one. A faulty header still maps the columns it names, so
// that the rows are checked too and one pass names every fault of the file.
import { encodingNames, type CsvEncoding } from './decode.ts';
import { delimiterNames, foreignDelimiter } from './delimiter.ts';
import type { ImportError } from './errors.ts';
import type { CsvRecord } from './records.ts';
import { requiredColumns, resultColumns, type ResultColumn } from './row.ts';

export interface Header {
  /** Names as written, trimmed: what errors call each column. */
  names: string[];
  /** The column each cell feeds; undefined for an unknown, nameless or repeated one, whose cells are ignored. */
  columns: (ResultColumn | undefined)[];
  /** Required columns the header lacks: their absence is reported once, never per row. */
  missing: ResultColumn[];
  errors: ImportError[];
}

const knownColumns = new Set<string>(Object.keys(resultColumns));
const isColumn = (name: string): name is ResultColumn => knownColumns.has(name);

export function readHeader(record: CsvRecord, file: string, encoding: CsvEncoding): Header {
  const errors: ImportError[] = [];
  const fail = (column: string, value: string, reason: string) =>
    errors.push({ file, row: record.row, line: record.line, column, value, reason });
  // Excel may leave a BOM glued to the first name; spaces around names are invisible.
  const names = record.cells.map((cell) => cell.replaceAll('\uFEFF', '').trim());
  const seen = new Set<string>();
  const columns = names.map((name, index) => {
    const cell = record.cells[index] ?? '';
    if (name === '') fail(`№${index + 1}`, cell, 'столбец без имени');
    else if (!isColumn(name)) fail(name, cell, unknownColumnReason(name, names.length, encoding));
    else if (seen.has(name)) fail(name, cell, 'столбец повторяется — учтён первый');
    else {
      seen.add(name);
      return name;
    }
    return undefined;
  });
  const missing = requiredColumns.filter((column) => !seen.has(column));
  for (const column of missing) fail(column, '', 'нет обязательного столбца');
  return { names, columns, missing, errors };
}

function unknownColumnReason(name: string, cellCount: number, encoding: CsvEncoding): string {
  const separator = cellCount === 1 ? foreignDelimiter(name, isColumn) : undefined;
  if (separator !== undefined) {
    const shown = delimiterNames[separator] ?? `«${separator}»`;
    return `весь заголовок прочитан как один столбец: разделитель столбцов здесь — ${shown}, а принимаются запятая, точка с запятой и табуляция`;
  }
  // Garbled letters in a name usually mean a wrong guess of the encoding; say which one was used.
  const garbled = /[^\x20-\x7e]/.test(name)
    ? `; файл прочитан в кодировке ${encodingNames[encoding]}`
    : '';
  return `неизвестный столбец; допустимые: ${[...knownColumns].join(', ')}${garbled}`;
}
