/**
 * The numbered items of a source's measures table: each number as written in the «№» column
 * and the normalized text of its rows (from its own «№» cell to the next numbered one).
 */
import { cellLineText, gridCells, repairedLines } from './layout.ts';
import { cleanInline } from './markup.ts';

/** «1.», «1.1.», «6.3», «18», and a Roman «II.» (Belgorod's scan of «11.»). */
export const ITEM_NUMBER = /^(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.)$/;

export interface SourceItem {
  number: string;
  /** Normalized text of the item's rows, unnumbered rows under it included. */
  text: string;
}

export interface SourceItemOptions {
  /** Text of the line that opens the measures table; numbered cells above it are not measures. */
  tableStartsAt?: string | undefined;
  /** Or the 1-based line of the original text that opens it (the importer knows where its header row was). */
  tableStartsAtLine?: number | undefined;
}

/** The «№» cell of a line if it holds an item number: a grid row's first cell, or a whole cell line. */
function itemNumberOf(line: string): string | null {
  const cells = gridCells(line);
  const cell = cells ? (cells[0] ?? '') : cellLineText(line);
  if (cell === null) return null;
  const number = cleanInline(cell);
  return ITEM_NUMBER.test(number) ? number : null;
}

function tableLines(
  text: string,
  { tableStartsAt, tableStartsAtLine }: SourceItemOptions,
): string[] {
  const repaired = repairedLines(text);
  if (tableStartsAtLine !== undefined)
    return repaired.filter((line) => line.at > tableStartsAtLine).map((line) => line.text);
  const lines = repaired.map((line) => line.text);
  if (tableStartsAt === undefined) return lines;
  const start = lines.findIndex((line) => cleanInline(line).includes(tableStartsAt));
  if (start === -1)
    throw new Error(
      `в источнике нет строки «${tableStartsAt}», с которой начинается таблица мероприятий`,
    );
  return lines.slice(start + 1);
}

/**
 * Numbered items in source order, after page-break repair (see normalize.ts). An item runs
 * from its «№» cell to the next one. In cell-line layout a cell may span plain lines, so
 * they belong to the item; an item of grid rows ends at the first plain line (a signature or
 * a closing rule after the table).
 */
export function sourceItems(text: string, options: SourceItemOptions = {}): SourceItem[] {
  const items: Array<{ number: string; lines: string[]; open: boolean }> = [];
  for (const line of tableLines(text, options)) {
    const number = itemNumberOf(line);
    if (number !== null) items.push({ number, lines: [], open: true });
    const current = items.at(-1);
    if (!current?.open) continue;
    const isPlainLine = line.trim() !== '' && gridCells(line) === null;
    if (isPlainLine && gridCells(current.lines[0] ?? '') !== null) {
      current.open = false;
      continue;
    }
    current.lines.push(line);
  }
  return items.map(({ number, lines }) => ({ number, text: cleanInline(lines.join('\n')) }));
}
