import Papa from 'papaparse';

/**
 * CSV for people who open it in a spreadsheet: UTF-8 with a byte-order mark (so Excel shows
 * Cyrillic), comma-separated, CRLF line ends, a header row in the order given.
 */
export function toCsv<Row extends object>(rows: Row[], columns: readonly (keyof Row & string)[]): string {
  const body = Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\r\n' });
  return `\uFEFF${body}\r\n`;
}
