/**
 * A Word document, converted to HTML by mammoth, written out in the seeds' text layout: one grid
 * row per table row, cells separated by tabs, paragraphs as `<p>…</p>`, and a blank line where a
 * page break falls, so the same reader, page-break repair and fidelity check serve both inputs.
 * mammoth writes merged cells as colspan/rowspan: a cell spread over columns stands in its first
 * column, the rest empty; a cell spread over rows is written in each row it covers, as a reader
 * of the printed table sees it.
 */

/** mammoth's style map line that makes page breaks visible in the HTML. */
export const PAGE_BREAK_STYLE = "br[type='page'] => hr";

type Token =
  { kind: 'open' | 'close'; tag: string; attributes: string } | { kind: 'text'; text: string };

const TAG = /<(\/?)([a-z0-9]+)([^>]*?)\/?>/gi;

function tokens(html: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    if (match.index > last) out.push({ kind: 'text', text: html.slice(last, match.index) });
    out.push({
      kind: match[1] ? 'close' : 'open',
      tag: (match[2] ?? '').toLowerCase(),
      attributes: match[3] ?? '',
    });
    last = match.index + match[0].length;
  }
  if (last < html.length) out.push({ kind: 'text', text: html.slice(last) });
  return out;
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: '\u00a0',
};
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => entities[name] ?? '');

const span = (attributes: string, name: string) =>
  Number(new RegExp(`${name}="(\\d+)"`).exec(attributes)?.[1] ?? 1);

interface HtmlCell {
  paragraphs: string[];
  colspan: number;
  rowspan: number;
}
interface HtmlRow {
  cells: HtmlCell[];
  afterPageBreak: boolean;
}
type Block =
  { kind: 'table'; rows: HtmlRow[] } | { kind: 'paragraph'; text: string; afterPageBreak: boolean };

/** Tables (rows of cells of paragraphs) and the paragraphs between them, in document order. */
function blocks(html: string): Block[] {
  const out: Block[] = [];
  let table: HtmlRow[] | null = null;
  let row: HtmlRow | null = null;
  let cell: HtmlCell | null = null;
  let paragraph: string | null = null;
  let pageBreak = false;
  const endParagraph = () => {
    if (paragraph === null) return;
    // Line breaks stay: a cell's lines are its paragraphs, a title's lines are lines of the layout.
    const text = paragraph
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim();
    if (cell) cell.paragraphs.push(text);
    else if (text !== '') out.push({ kind: 'paragraph', text, afterPageBreak: pageBreak });
    if (!cell && text !== '') pageBreak = false;
    paragraph = null;
  };
  for (const token of tokens(html)) {
    if (token.kind === 'text') {
      paragraph = (paragraph ?? '') + decode(token.text);
      continue;
    }
    const { tag } = token;
    if (token.kind === 'open' && tag === 'hr') pageBreak = true;
    else if (token.kind === 'open' && tag === 'br') paragraph = `${paragraph ?? ''}\n`;
    else if (tag === 'p' || tag === 'li' || /^h\d$/.test(tag)) {
      endParagraph();
      if (token.kind === 'open') paragraph = '';
    } else if (tag === 'table' && token.kind === 'open') table = [];
    else if (tag === 'table' && table) {
      out.push({ kind: 'table', rows: table });
      table = null;
    } else if (tag === 'tr' && token.kind === 'open') {
      row = { cells: [], afterPageBreak: pageBreak };
      pageBreak = false;
    } else if (tag === 'tr' && row && table) {
      table.push(row);
      row = null;
    } else if ((tag === 'td' || tag === 'th') && token.kind === 'open') {
      cell = {
        paragraphs: [],
        colspan: span(token.attributes, 'colspan'),
        rowspan: span(token.attributes, 'rowspan'),
      };
    } else if ((tag === 'td' || tag === 'th') && cell && row) {
      endParagraph();
      row.cells.push(cell);
      cell = null;
    }
  }
  endParagraph();
  return out;
}

/** Each row's cells by column, with merged cells spread out (see the module comment). */
function gridOf(rows: HtmlRow[]): string[][][] {
  const grid: string[][][] = [];
  const carried = new Map<number, { paragraphs: string[]; rowsLeft: number }>();
  for (const row of rows) {
    const cells: string[][] = [];
    const queue = [...row.cells];
    for (let column = 0; queue.length > 0 || carried.has(column); column += 1) {
      const down = carried.get(column);
      if (down) {
        cells.push(down.paragraphs);
        if (--down.rowsLeft === 0) carried.delete(column);
        continue;
      }
      const cell = queue.shift()!;
      cells.push(cell.paragraphs);
      if (cell.rowspan > 1)
        carried.set(column, { paragraphs: cell.paragraphs, rowsLeft: cell.rowspan - 1 });
      for (let extra = 1; extra < cell.colspan; extra += 1) cells.push([]);
      column += cell.colspan - 1;
    }
    grid.push(cells);
  }
  return grid;
}

/** A cell as the seeds write grid cells: one paragraph as is, several as `<p>…</p>`; line breaks become paragraphs too. */
function cellText(paragraphs: string[]): string {
  const lines = paragraphs
    .flatMap((p) => p.split('\n'))
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return lines.length <= 1 ? (lines[0] ?? '') : lines.map((p) => `<p>${p}</p>`).join(' ');
}

/** mammoth's HTML in the seeds' text layout. */
export function htmlToLayout(html: string): string {
  const lines: string[] = [];
  for (const block of blocks(html)) {
    if (block.kind === 'paragraph') {
      if (block.afterPageBreak) lines.push('');
      lines.push(...block.text.split('\n'), '');
      continue;
    }
    const grid = gridOf(block.rows);
    const width = Math.max(3, ...grid.map((cells) => cells.length));
    grid.forEach((cells, i) => {
      if (block.rows[i]?.afterPageBreak) lines.push('');
      lines.push(Array.from({ length: width }, (_, c) => cellText(cells[c] ?? [])).join('\t'));
    });
    lines.push('');
  }
  return lines.join('\n');
}
