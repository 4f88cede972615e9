// Splits CSV text into records and remembers where each one is, both as a spreadsheet row
// and as a line of the file (a quoted cell may span lines, a spreadsheet row never does).
import Papa from 'papaparse';
import { detectDelimiter } from './delimiter.ts';

export interface CsvRecord {
  cells: string[];
  /** Spreadsheet row, header = 1. */
  row: number;
  /** Line of the file where the record starts. */
  line: number;
  /** Why the CSV structure of this record is broken (a stray quote), if it is. */
  broken?: string;
}

const quoteProblems: Record<string, string> = {
  MissingQuotes: 'кавычка открыта и не закрыта — всё до конца файла попало в одну ячейку',
  InvalidQuotes:
    'после закрывающей кавычки в ячейке есть ещё символы — кавычки внутри ячейки нужно удваивать',
};

export function splitRecords(text: string): CsvRecord[] {
  // Blank lines are kept as records: a spreadsheet counts them as rows too.
  const parsed = Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    skipEmptyLines: false,
  });
  const broken = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.row !== undefined && !broken.has(error.row)) {
      broken.set(error.row, quoteProblems[error.code] ?? `ошибка разбора CSV: ${error.message}`);
    }
  }
  let line = 1;
  return parsed.data.map((cells, index) => {
    const record: CsvRecord = { cells, row: index + 1, line };
    const problem = broken.get(index);
    if (problem !== undefined) record.broken = problem;
    line += 1 + cells.reduce((breaks, cell) => breaks + lineBreaks(cell), 0);
    return record;
  });
}

export function isBlank(record: CsvRecord): boolean {
  return record.cells.every((cell) => cell.trim() === '');
}

function lineBreaks(cell: string): number {
  // Cheap test first: almost no cell spans lines.
  if (!cell.includes('\n') && !cell.includes('\r')) return 0;
  return cell.match(/\r\n|\r|\n/g)?.length ?? 0;
}
