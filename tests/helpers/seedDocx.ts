/**
 * SYNTHETIC test documents: .docx renderings of the seed plans, made by the tests from the seed
 * text layout (content/sources/). The same table, laid out as a Word author would: the header row
 * repeated on each page, a row cut by a page break continued on the next page after the repeated
 * row of column numbers, headings merged across the table, a parent row's text merged over its
 * empty cells, and a last-column cell equal to the one below merged down into it (empty ones too).
 */
import { Document, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { readLayout, type Cell } from '../../src/domain/plans/import/layout.ts';
import { findMeasuresTable } from '../../src/domain/plans/import/table.ts';

const paragraph = (text: string, pageBreakAfter = false) =>
  new Paragraph({ children: [new TextRun(text), ...(pageBreakAfter ? [new PageBreak()] : [])] });

/** Adjacent lines of the prose stay one paragraph with line breaks; a blank line starts another. */
function prose(lines: { at: number; text: string }[]): Paragraph[] {
  const groups: string[][] = [];
  lines.forEach((line, i) => {
    if (i > 0 && line.at === lines[i - 1]!.at + 1) groups.at(-1)!.push(line.text);
    else groups.push([line.text]);
  });
  return groups.map(
    (group) =>
      new Paragraph({
        children: group.map((text, i) => new TextRun({ text, ...(i > 0 ? { break: 1 } : {}) })),
      }),
  );
}

type PieceRow = { paragraphs: string[][]; breakAfter: boolean };

/** A row of the table as written on each page: a row cut by a page break becomes two rows. */
function pieceRows(cells: Cell[]): PieceRow[] {
  const pieces = Math.max(...cells.map((cell) => cell.pieces.length));
  return Array.from({ length: pieces }, (_, p) => ({
    paragraphs: cells.map((cell) => cell.pieces[p] ?? []),
    breakAfter: p < pieces - 1,
  }));
}

const key = (paragraphs: string[]) => paragraphs.join('\n');

function tableOf(header: Cell[], rows: Cell[][], width: number): Table {
  const cellOf = (
    paragraphs: string[],
    options: { columnSpan?: number; rowSpan?: number; breakAfter?: boolean } = {},
  ) =>
    new TableCell({
      children:
        paragraphs.length === 0
          ? [paragraph('', options.breakAfter)]
          : paragraphs.map((text, i) =>
              paragraph(text, options.breakAfter && i === paragraphs.length - 1),
            ),
      ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
      ...(options.rowSpan ? { rowSpan: options.rowSpan } : {}),
    });
  const columnNumbers = new TableRow({
    children: Array.from({ length: width }, (_, i) => cellOf([String(i + 1)])),
  });
  const laid = rows.flatMap(pieceRows);
  // A table no page break cut still runs over two pages: a break between two whole rows.
  if (!laid.some((row) => row.breakAfter)) laid[Math.floor(laid.length / 2)]!.breakAfter = true;
  const out: TableRow[] = [
    new TableRow({ tableHeader: true, children: header.map((cell) => cellOf(cell.pieces.flat())) }),
    columnNumbers,
  ];
  const coveredBelow = new Set<string>(); // «row:column» cells merged into the one above
  laid.forEach((row, r) => {
    const filled = row.paragraphs.map((p) => p.length > 0);
    const lastFilled = filled.lastIndexOf(true);
    if (row.paragraphs.length === 1) {
      out.push(new TableRow({ children: [cellOf(row.paragraphs[0]!, { columnSpan: width })] })); // a heading across the table
      return;
    }
    const children: TableCell[] = [];
    for (let c = 0; c < width; c += 1) {
      if (coveredBelow.has(`${r}:${c}`)) continue;
      const paragraphs = row.paragraphs[c] ?? [];
      // A parent row («7. Организация и проведение…») whose text is its last filled cell: merged over the empty rest.
      if (c === 1 && lastFilled === 1 && width > 2 && !row.breakAfter) {
        children.push(cellOf(paragraphs, { columnSpan: width - 1 }));
        break;
      }
      let span = 1;
      while (
        c === width - 1 &&
        !row.breakAfter &&
        laid[r + span] &&
        !laid[r + span]!.breakAfter &&
        laid[r + span]!.paragraphs.length === width &&
        key(laid[r + span]!.paragraphs[c] ?? []) === key(paragraphs)
      ) {
        coveredBelow.add(`${r + span}:${c}`);
        span += 1;
      }
      children.push(
        cellOf(paragraphs, {
          ...(span > 1 ? { rowSpan: span } : {}),
          breakAfter: row.breakAfter && c === 0,
        }),
      );
    }
    out.push(new TableRow({ children }));
    if (row.breakAfter) out.push(columnNumbers);
  });
  return new Table({ rows: out });
}

/** The .docx rendering of a seed source text. */
export async function seedDocx(sourceText: string): Promise<Buffer> {
  const lines = readLayout(sourceText);
  const table = findMeasuresTable(lines);
  if (!table) throw new Error('в источнике нет таблицы мероприятий');
  const before = lines.flatMap((line) =>
    line.kind === 'prose' && line.at < table.headerAt ? [line] : [],
  );
  const headerLine = lines.find((line) => line.at === table.headerAt);
  const header =
    headerLine?.kind === 'grid'
      ? headerLine.cells
      : lines
          .filter((line) => line.kind === 'cell' && line.at >= table.headerAt)
          .slice(0, table.columns.length)
          .map((line) => (line as { cell: Cell }).cell);
  const rows = table.rows.map((row) => row.cells);
  const document = new Document({
    sections: [{ children: [...prose(before), tableOf(header, rows, table.columns.length)] }],
  });
  return Packer.toBuffer(document);
}
