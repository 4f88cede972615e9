/**
 * Finds the measures table in a read layout: its header row, by the names of its columns, and
 * the rows under it. Grid rows are rows already; cell lines are grouped into rows of as many
 * cells as the header has, each opened by a «№» cell.
 */
import { ITEM_NUMBER } from '../../fidelity/sourceItems.ts';
import { cellText, type Cell, type LayoutLine } from './layout.ts';

export const columnKinds = ['number', 'text', 'form', 'deadline', 'executors', 'result'] as const;
export type ColumnKind = (typeof columnKinds)[number];

/** Header words, tried in this order: «Результат мероприятий» is a result, «Срок исполнения» a deadline. */
const headerWords: [ColumnKind, RegExp][] = [
  ['number', /^(?:№|n)\s*(?:п\s*\/\s*п)?\.?$/i],
  ['form', /форм[аы]\s+реализации/i],
  ['deadline', /срок/i],
  ['executors', /исполнител|ответственн/i],
  ['result', /результат/i],
  ['text', /мероприяти|наименование/i],
];

function columnOf(text: string, position: number): ColumnKind | undefined {
  if (position === 0 && text === '') return 'number';
  return headerWords.find(([, pattern]) => pattern.test(text))?.[0];
}

/** The column kinds of a header, or null when the cells are not one (a «Целевые показатели» table). */
export function headerColumns(cells: Cell[]): ColumnKind[] | null {
  const kinds = cells.map((cell, i) => columnOf(cellText(cell), i));
  if (kinds.some((kind) => kind === undefined) || kinds[0] !== 'number') return null;
  const known = kinds as ColumnKind[];
  const unique = new Set(known).size === known.length;
  return unique && known.includes('text') && known.includes('deadline') ? known : null;
}

export interface TableRow {
  /** Line of the source where the row starts. */
  at: number;
  cells: Cell[];
}

export interface MeasuresTable {
  columns: ColumnKind[];
  /** Line of the header row (its first line). */
  headerAt: number;
  rows: TableRow[];
}

/** Is a cell a «№» cell that opens a row: an item number, or empty (an unnumbered row)? */
export const opensRow = (cell: Cell) => {
  const text = cellText(cell);
  return text === '' || ITEM_NUMBER.test(text);
};

const MAX_COLUMNS = 8;

/** A header in cell-line layout: the widest run of cells from `start` that names distinct columns. */
function cellLineHeader(lines: LayoutLine[], start: number): ColumnKind[] | null {
  const cells: Cell[] = [];
  for (let i = start; i < lines.length && cells.length < MAX_COLUMNS; i += 1) {
    const line = lines[i];
    if (line?.kind !== 'cell') break;
    cells.push(line.cell);
  }
  for (let width = cells.length; width >= 3; width -= 1) {
    const columns = headerColumns(cells.slice(0, width));
    if (columns) return columns;
  }
  return null;
}

function gridRows(lines: LayoutLine[], from: number, columns: ColumnKind[]): TableRow[] {
  const rows: TableRow[] = [];
  for (const line of lines.slice(from)) {
    if (line.kind !== 'grid') break; // a plain line after the table: a signature, a closing rule
    if (headerColumns(line.cells)?.join() === columns.join()) continue; // the header repeated on a new page
    rows.push({ at: line.at, cells: line.cells });
  }
  return rows;
}

function cellLineRows(lines: LayoutLine[], from: number, width: number): TableRow[] {
  const cells = lines
    .slice(from)
    .flatMap((line) => (line.kind === 'cell' ? [{ at: line.at, cell: line.cell }] : []));
  const rows: TableRow[] = [];
  for (let i = 0; i < cells.length;) {
    const first = cells[i]!;
    const take = opensRow(first.cell) ? width : 1; // a cell that opens no row is a heading across the table
    rows.push({ at: first.at, cells: cells.slice(i, i + take).map((c) => c.cell) });
    i += take;
  }
  return rows;
}

/** The first measures table of the layout, or null when no header names a text and a deadline column. */
export function findMeasuresTable(lines: LayoutLine[]): MeasuresTable | null {
  for (const [i, line] of lines.entries()) {
    if (line.kind === 'grid') {
      const columns = headerColumns(line.cells);
      if (columns) return { columns, headerAt: line.at, rows: gridRows(lines, i + 1, columns) };
    }
    if (line.kind === 'cell') {
      const columns = cellLineHeader(lines, i);
      if (columns)
        return {
          columns,
          headerAt: line.at,
          rows: cellLineRows(lines, i + columns.length, columns.length),
        };
    }
  }
  return null;
}
