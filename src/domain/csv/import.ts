// Imports a results CSV exported from an operator's spreadsheet. All or nothing: one bad cell
// and no row is returned, with every problem of the file listed at once.
import { decodeCsv, type CsvEncoding } from './decode.ts';
import type { ImportError } from './errors.ts';
import { readHeader } from './header.ts';
import { isBlank, splitRecords } from './records.ts';
import type { PublishedResult } from './row.ts';
import { createRowReader } from './rows.ts';

export interface ImportOptions {
  /** Skip detection when the encoding is known. */
  encoding?: CsvEncoding;
}

export type ImportResult = { ok: true; rows: PublishedResult[] } | { ok: false; errors: ImportError[] };

export function importResultsCsv(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportResult {
  const records = splitRecords(decodeCsv(bytes, options.encoding).text);
  const [headerRecord, ...dataRecords] = records;
  if (headerRecord === undefined || records.every(isBlank)) {
    return { ok: false, errors: [{ file: fileName, row: 1, line: 1, column: '', value: '', reason: 'файл пуст: нет строки заголовка' }] };
  }
  const header = readHeader(headerRecord, fileName);
  // With a wrong header every row would fail the same way; the header errors say it all.
  if (!header.ok) return header;
  const readRow = createRowReader(header.columns, fileName);
  const rows: PublishedResult[] = [];
  const errors: ImportError[] = [];
  for (const record of dataRecords) {
    if (isBlank(record)) continue;
    const reading = readRow(record);
    if (reading.ok) rows.push(reading.result);
    else errors.push(...reading.errors);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
