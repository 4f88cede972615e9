/**
 * Undoes what page breaks did to the tables of the seed documents, line by line.
 *
 * The sources come in two table layouts:
 * - grid rows: one table row per line, cells separated by tabs (Tatarstan, Belgorod, Choisky);
 * - cell lines: every cell starts a new line with a leading tab and may run over several
 *   lines (federal, Stavropol).
 * Only grid rows are ever split by a page break: the row goes on in a continuation row whose
 * «№» cell is empty, after a blank line (and, in Tatarstan, after the repeated «1 2 3 4 5»
 * header). The text of each cell continues in the same column of that continuation row.
 */
import { cleanInline } from './markup.ts';

const CELL = '\t';

/** A line with at least two tabs is a grid row; its cells are the tab-separated parts. */
export function gridCells(line: string): string[] | null {
  const cells = line.split(CELL);
  return cells.length >= 3 ? cells : null;
}

/** A cell line is a single cell introduced by a leading tab (federal and Stavropol layout). */
export function cellLineText(line: string): string | null {
  return line.startsWith(CELL) && line.indexOf(CELL, 1) === -1 ? line.slice(1) : null;
}

const isCountFromOne = (values: string[]) =>
  values.length >= 3 && values.every((value, index) => value.trim() === String(index + 1));

/** The row of column numbers («1 2 3 4 5») that tables repeat after their heading. */
function isColumnNumberRow(line: string): boolean {
  const cells = gridCells(line);
  return cells !== null && isCountFromOne(cells);
}

/** How many lines from `start` are cell lines «1», «2», … — the column numbers in cell-line layout. */
function columnNumberRunLength(lines: string[], start: number): number {
  let length = 0;
  while (cellLineText(lines[start + length] ?? '')?.trim() === String(length + 1)) length += 1;
  return length >= 3 ? length : 0;
}

/**
 * Joins the two halves of a cell split by a page break. A half ending in «letter-» is a word
 * broken by hyphenation («фи-» + «нансов» → «финансов»); anything else is joined by a space.
 */
export function joinAcrossPageBreak(before: string, after: string): string {
  const head = cleanInline(before);
  const tail = cleanInline(after);
  if (head === '' || tail === '') return head + tail;
  return /\p{L}-$/u.test(head) ? head.slice(0, -1) + tail : `${head} ${tail}`;
}

function mergeRows(row: string[], continuation: string[]): string[] {
  const width = Math.max(row.length, continuation.length);
  return Array.from({ length: width }, (_, i) =>
    joinAcrossPageBreak(row[i] ?? '', continuation[i] ?? ''),
  );
}

/** A line of the repaired source, with where it stands in the original text. */
export interface SourceLine {
  /** 1-based number of the line in the original text (the first line of a row put back together). */
  at: number;
  text: string;
  /**
   * For a grid row put back together after a page break: the cells of each piece as written,
   * the row first, then each continuation. An importer needs them to tell a paragraph cut by the
   * page from two whole paragraphs; the fidelity check needs only `text`.
   */
  pieces?: string[][];
}

/**
 * The lines of a source with column-number rows removed and every grid row split by a page
 * break put back together. Other lines pass through untouched.
 */
export function repairedLines(text: string): SourceLine[] {
  const lines = text.split(/\r?\n/);
  const out: SourceLine[] = [];
  let lastGridRow: { line: SourceLine; cells: string[] } | null = null;
  let blankSinceGridRow = false;
  let skipUntil = 0;
  for (const [i, line] of lines.entries()) {
    if (i < skipUntil) continue;
    const run = columnNumberRunLength(lines, i);
    if (run > 0) {
      skipUntil = i + run;
      continue;
    }
    if (isColumnNumberRow(line)) continue;
    const cells = gridCells(line);
    if (cells && cells[0]?.trim() === '' && blankSinceGridRow && lastGridRow) {
      lastGridRow.cells = mergeRows(lastGridRow.cells, cells);
      lastGridRow.line.text = lastGridRow.cells.join(CELL);
      lastGridRow.line.pieces = [
        ...(lastGridRow.line.pieces ?? [gridCells(lines[lastGridRow.line.at - 1] ?? '') ?? []]),
        cells,
      ];
      blankSinceGridRow = false;
      continue;
    }
    const sourceLine: SourceLine = { at: i + 1, text: line };
    if (cells) {
      lastGridRow = { line: sourceLine, cells };
      blankSinceGridRow = false;
    } else if (line.trim() === '') {
      blankSinceGridRow = true;
    } else {
      lastGridRow = null; // prose between tables: nothing before it can be continued
    }
    out.push(sourceLine);
  }
  return out;
}

/** The repaired lines as text only: what the fidelity check normalizes. */
export function repairPageBreaks(text: string): string[] {
  return repairedLines(text).map((line) => line.text);
}
