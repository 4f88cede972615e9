// Imports a results CSV exported from an operator's spreadsheet. All or nothing: one bad cell
// and no row is returned, with every problem of the file — header and rows together — listed
// at once, so that an operator fixes the file in one round.
import { decodeCsv, type CsvEncoding } from './decode.ts';
import { createDuplicateCheck, duplicateReason, identityColumns } from './duplicates.ts';
import type { ImportError } from './errors.ts';
import { readHeader } from './header.ts';
import { isBlank, splitRecords } from './records.ts';
import type { PublishedResult } from './row.ts';
import { createRowReader } from './rows.ts';

export interface ImportOptions {
  /** Skip detection when the encoding is known. */
  encoding?: CsvEncoding;
}

export type ImportResult =
  { ok: true; rows: PublishedResult[] } | { ok: false; errors: ImportError[] };

export function importResultsCsv(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): ImportResult {
  const fileError = (row: number, reason: string): ImportResult => ({
    ok: false,
    errors: [{ file: fileName, row, line: row, column: '', value: '', reason }],
  });
  const decoded = decodeCsv(bytes, options.encoding);
  if (!decoded.ok) return fileError(1, decoded.reason);
  const records = splitRecords(decoded.text);
  const [headerRecord, ...dataRecords] = records;
  if (headerRecord === undefined || records.every(isBlank))
    return fileError(1, 'файл пуст: нет строки заголовка');
  const header = readHeader(headerRecord, fileName, decoded.encoding);
  const readRow = createRowReader(header, fileName);
  const repeats = identityColumns.some((c) => header.missing.includes(c))
    ? () => undefined
    : createDuplicateCheck();
  const rows: PublishedResult[] = [];
  const errors: ImportError[] = [...header.errors];
  for (const record of dataRecords) {
    if (isBlank(record)) continue;
    const reading = readRow(record);
    if (!reading.ok) {
      errors.push(...reading.errors);
      continue;
    }
    const first = repeats(reading.result, record.row);
    if (first === undefined) rows.push(reading.result);
    else
      errors.push({
        file: fileName,
        row: record.row,
        line: record.line,
        column: '',
        value: '',
        reason: duplicateReason(reading.result, first),
      });
  }
  if (dataRecords.every(isBlank)) {
    const next = headerRecord.row + 1;
    errors.push({
      file: fileName,
      row: next,
      line: next,
      column: '',
      value: '',
      reason: 'нет ни одной строки результатов: в файле только заголовок',
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
