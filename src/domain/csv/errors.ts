// Import errors name the file, the row a spreadsheet user sees (header = row 1) and the column,
// so an operator can find and fix the cell.

export interface ImportError {
  file: string;
  /** Spreadsheet row: the header is row 1, every record (blank ones too) is one row. */
  row: number;
  /** Line of the file where the record starts; differs from `row` after a cell spanning lines. */
  line: number;
  /** Column name from the header; empty when the error concerns the whole row or file. */
  column: string;
  /** The cell as written in the file. */
  value: string;
  /** What is wrong, in Russian. */
  reason: string;
}

export function formatImportErrors(errors: readonly ImportError[]): string {
  return errors.map(formatImportError).join('\n');
}

/** Longer values are cut in messages: an over-long cell is the fault, not something to print whole. */
const SHOWN_VALUE_LENGTH = 100;

function formatImportError(error: ImportError): string {
  const fileLine = error.line === error.row ? '' : ` (строка файла ${error.line})`;
  const place = [error.file, `строка ${error.row}${fileLine}`];
  if (error.column) place.push(`столбец ${error.column}`);
  const shown =
    error.value.length > SHOWN_VALUE_LENGTH
      ? `${error.value.slice(0, SHOWN_VALUE_LENGTH)}…`
      : error.value;
  const value = shown === '' ? '' : `«${shown}» — `;
  return `${place.join(', ')}: ${value}${error.reason}`;
}
