/**
 * The seed layout (see ../../fidelity/layout.ts) read as table cells that keep their paragraphs:
 * a grid row's cell holds `<p>` paragraphs, a cell line's cell holds its lines. A cell of a row
 * put back together after a page break keeps one piece per page, so the importer can choose
 * between a paragraph cut by the page and two whole paragraphs.
 */
import {
  cellLineText,
  gridCells,
  joinAcrossPageBreak,
  repairedLines,
} from '../../fidelity/layout.ts';
import { cleanInline } from '../../fidelity/markup.ts';

export interface Cell {
  /** Paragraphs of each piece of the cell (one piece unless a page break split it), cleaned. */
  pieces: string[][];
}

export type LayoutLine =
  | { kind: 'grid'; at: number; cells: Cell[] }
  | { kind: 'cell'; at: number; cell: Cell }
  | { kind: 'prose'; at: number; text: string };

/** `<p>`, `</p>` and `<br>` end a paragraph of a grid cell. */
const PARAGRAPH_BREAK = /<\/?p\s*>|<br\s*\/?>/i;

const paragraphsOf = (parts: string[]) => parts.map(cleanInline).filter((p) => p !== '');

function gridCell(pieces: string[]): Cell {
  return { pieces: pieces.map((piece) => paragraphsOf(piece.split(PARAGRAPH_BREAK))) };
}

/** The cell as one reads it: halves cut by a page break joined as the fidelity check joins them. */
export function joinedParagraphs(cell: Cell): string[] {
  return cell.pieces.reduce<string[]>((out, piece) => {
    if (out.length === 0 || piece.length === 0) return [...out, ...piece];
    const last = out.at(-1) ?? '';
    return [...out.slice(0, -1), joinAcrossPageBreak(last, piece[0] ?? ''), ...piece.slice(1)];
  }, []);
}

/** The cell with every piece's paragraphs whole: a page break that fell between two paragraphs. */
export const wholeParagraphs = (cell: Cell): string[] => cell.pieces.flat();

/** One string, as text, form, deadline and result are stored. */
export const cellText = (cell: Cell | undefined): string =>
  cell ? joinedParagraphs(cell).join(' ') : '';

/** Lines of the source as grid rows, cell lines (with the plain lines that continue them) and prose. */
export function readLayout(text: string): LayoutLine[] {
  const out: LayoutLine[] = [];
  let openCell: { cell: Cell; lines: string[] } | null = null;
  const closeCell = () => {
    if (openCell) openCell.cell.pieces = [paragraphsOf(openCell.lines)];
    openCell = null;
  };
  for (const { at, text: line, pieces } of repairedLines(text)) {
    const cells = gridCells(line);
    const cellLine = cells ? null : cellLineText(line);
    if (cells) {
      closeCell();
      const columns = pieces ?? [cells];
      out.push({
        kind: 'grid',
        at,
        cells: cells.map((_, i) => gridCell(columns.map((piece) => piece[i] ?? ''))),
      });
    } else if (cellLine !== null) {
      closeCell();
      openCell = { cell: { pieces: [] }, lines: [cellLine] };
      out.push({ kind: 'cell', at, cell: openCell.cell });
    } else if (openCell) {
      openCell.lines.push(line); // a cell line's text runs on over plain lines, blank ones included
    } else if (line.trim() !== '') {
      out.push({ kind: 'prose', at, text: line });
    }
  }
  closeCell();
  return out;
}
