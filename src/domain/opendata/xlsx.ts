// Writes a citizen's table as an .xlsx workbook (write-excel-file). Unlike a CSV, every cell of
// an .xlsx carries its type: text is stored as text and never read as a formula, a number as a
// number and a day as a date, whatever the reader's locale. So no guard mark is needed here.
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import type { CitizenCell, CitizenTable } from './citizen.ts';

const MAX_WIDTH = 60;
const MIN_WIDTH = 8;

export async function xlsxOf(table: CitizenTable, sheetTitle: string): Promise<Uint8Array<ArrayBuffer>> {
  const header: Cell[] = table.titles.map((title) => ({ value: title, fontWeight: 'bold', wrap: true }));
  const data: SheetData = [header, ...table.rows.map((row) => row.map(cellOf))];
  const buffer = await writeXlsxFile(data, {
    sheet: sheetName(sheetTitle),
    columns: table.titles.map((title, i) => ({ width: widthOf(title, table.rows.map((row) => row[i] ?? null)) })),
    stickyRowsCount: 1,
    dateFormat: 'dd.mm.yyyy',
  }).toBuffer();
  return new Uint8Array(buffer);
}

/** Long texts wrap in a column of at most MAX_WIDTH characters instead of running across the sheet. */
function cellOf(value: CitizenCell): Cell {
  if (typeof value === 'string' && value.length > MAX_WIDTH) return { value, wrap: true };
  return value;
}

function widthOf(title: string, cells: readonly CitizenCell[]): number {
  let longest = Math.min(title.length, 24);
  for (const cell of cells) {
    const length = cell instanceof Date ? 10 : String(cell ?? '').length;
    if (length > longest) longest = length;
    if (longest >= MAX_WIDTH) break;
  }
  return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, longest + 2));
}

/** Excel allows 31 characters in a sheet name and none of : \ / ? * [ ]. */
function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Таблица';
}
