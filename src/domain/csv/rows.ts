// Turns data records into published results: cells are read by column kind, «same» sources
// are resolved against the row above, then the row schema has the last word.
import type { ImportError } from './errors.ts';
import type { Header } from './header.ts';
import { russianIssue } from './issues.ts';
import { readDecimal, readInteger, type CellReading } from './cell.ts';
import type { CsvRecord } from './records.ts';
import {
  resultColumns,
  resultSchemaWithout,
  type PublishedResult,
  type ResultColumn,
} from './row.ts';
import { readSource, withRemark } from './source.ts';

export type RowReading =
  { ok: true; result: PublishedResult } | { ok: false; errors: ImportError[] };

type Candidate = Partial<Record<ResultColumn, string | number>>;

const readers: Record<'decimal' | 'integer', (cell: string) => CellReading> = {
  decimal: readDecimal,
  integer: readInteger,
};

/**
 * The longest cell accepted. The longest real cells (an organization's full name, a source with
 * a page reference, a note) are a few hundred characters; a cell of thousands is a file glued into
 * one cell or pasted by mistake, and it would be published as is.
 */
export const MAX_CELL_LENGTH = 2000;

/** A reader for the rows of one file, in order: «same» refers to the previous row read. */
export function createRowReader(header: Header, file: string): (record: CsvRecord) => RowReading {
  const { columns } = header;
  const schema = resultSchemaWithout(header.missing);
  let previousSource: string | undefined;
  let first = true;
  return (record) => {
    const errors: ImportError[] = [];
    const fail = (column: string, value: string, reason: string) =>
      errors.push({ file, row: record.row, line: record.line, column, value, reason });
    if (record.broken !== undefined) {
      fail('', '', record.broken);
      return { ok: false, errors };
    }
    if (record.cells.length !== columns.length) {
      fail(
        '',
        '',
        `ячеек в строке ${record.cells.length}, а столбцов в заголовке ${columns.length}`,
      );
      return { ok: false, errors };
    }
    const candidate = readCells(record.cells, header, fail);
    const failSame = () =>
      fail(
        'source',
        rawCell(record, columns, 'source'),
        first ? SAME_ON_FIRST_ROW : SAME_AFTER_NO_SOURCE,
      );
    previousSource = resolveSource(candidate, previousSource, failSame);
    first = false;
    const parsed = schema.safeParse(candidate, { error: russianIssue });
    // A cell that could not be read is absent from the candidate; its error is already reported.
    const failed = new Set(errors.map((error) => error.column));
    for (const issue of parsed.error?.issues ?? []) {
      const column = String(issue.path[0] ?? '');
      if (!failed.has(column)) fail(column, rawCell(record, columns, column), issue.message);
    }
    if (parsed.success && errors.length === 0) return { ok: true, result: parsed.data };
    // Left to right, as the operator reads the row.
    return {
      ok: false,
      errors: errors.sort((a, b) => columnOrder(header, a) - columnOrder(header, b)),
    };
  };
}

const SAME_ON_FIRST_ROW =
  '«same» означает источник предыдущей строки, а это первая строка с данными';
const SAME_AFTER_NO_SOURCE =
  '«same» означает источник предыдущей строки, но в предыдущей строке источника нет';

type Fail = (column: string, value: string, reason: string) => void;

/** Empty cells stay absent: an unpublished criterion or an unknown year is not 0. */
function readCells(cells: readonly string[], header: Header, fail: Fail): Candidate {
  const candidate: Candidate = {};
  cells.forEach((raw, index) => {
    if (raw.length > MAX_CELL_LENGTH) {
      fail(
        header.names[index] || `№${index + 1}`,
        raw,
        `ячейка длиной ${raw.length} знаков, а допускается не больше ${MAX_CELL_LENGTH} — проверьте, не попало ли в неё лишнее`,
      );
      return;
    }
    const column = header.columns[index];
    const cell = raw.trim();
    // Cells of unknown or repeated columns are not read: the header error names them once.
    if (column === undefined || cell === '') return;
    const kind = resultColumns[column];
    if (kind === 'text') {
      candidate[column] = cell;
      return;
    }
    const reading = readers[kind](cell);
    if (reading.ok) candidate[column] = reading.value;
    else fail(column, raw, reading.reason);
  });
  return candidate;
}

/** Replaces «same» with the previous row's source; returns the source the next row may refer to. */
function resolveSource(
  candidate: Candidate,
  previous: string | undefined,
  failSame: () => void,
): string | undefined {
  const reading = readSource(typeof candidate.source === 'string' ? candidate.source : undefined);
  if (reading.kind === 'none') return undefined;
  if (reading.kind === 'own') return reading.source;
  if (previous === undefined) {
    failSame();
    return undefined;
  }
  candidate.source = previous;
  const notes = withRemark(
    typeof candidate.notes === 'string' ? candidate.notes : undefined,
    reading.remark,
  );
  if (notes !== undefined) candidate.notes = notes;
  return previous;
}

function columnOrder(header: Header, error: ImportError): number {
  return header.names.indexOf(error.column);
}

function rawCell(record: CsvRecord, columns: Header['columns'], column: string): string {
  const index = columns.indexOf(column as ResultColumn);
  return index < 0 ? '' : (record.cells[index] ?? '');
}
