// Headless LibreOffice Calc as a reader's spreadsheet: converts files to flat ODS (one XML file)
// and reads back what each cell became — text, number, date — and whether it is a formula.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sax from 'sax';

export const SOFFICE = '/usr/bin/soffice';
export const hasLibreOffice = fs.existsSync(SOFFICE);
export const noLibreOffice = `LibreOffice is missing at ${SOFFICE}: \`npm test\` installs it (scripts/ensure-test-tools.ts), or apt-get install libreoffice-calc-nogui`;

export interface SheetCell {
  /** office:value-type: string, float, percentage, date, boolean…; '' for an empty cell. */
  type: string;
  /** The text the cell shows. */
  text: string;
  /** office:value / office:date-value, for numbers and dates. */
  value?: string;
  /** table:formula, when the spreadsheet made the cell a formula. */
  formula?: string;
}

/**
 * Converts each file to `<name>.fods` in outDir in one LibreOffice run. `infilter` is the import
 * filter with its options (e.g. the CSV options string); `locale` sets the UI and number locale.
 */
export function convertToFods(
  files: readonly string[],
  outDir: string,
  options: { infilter?: string; locale?: string } = {},
): string[] {
  // A profile of its own: no first-start dialogs, no clash with another LibreOffice.
  const profile = path.join(outDir, 'lo-profile');
  const args = ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`];
  if (options.infilter) args.push(`--infilter=${options.infilter}`);
  const env = {
    ...process.env,
    ...(options.locale && {
      LANG: `${options.locale.replace('-', '_')}.UTF-8`,
      LC_ALL: `${options.locale.replace('-', '_')}.UTF-8`,
    }),
  };
  execFileSync(SOFFICE, [...args, '--convert-to', 'fods', '--outdir', outDir, ...files], {
    stdio: 'pipe',
    env,
    timeout: 120_000,
  });
  return files.map((file) =>
    path.join(outDir, `${path.basename(file).replace(/\.[^.]+$/, '')}.fods`),
  );
}

/** The first sheet's rows, trailing empty cells and rows dropped. */
export function readFods(file: string): SheetCell[][] {
  const parser = sax.parser(true, {});
  const rows: SheetCell[][] = [];
  let sheets = 0;
  let cell: SheetCell | undefined;
  let repeat = 1;
  let paragraphs = 0;
  let inParagraph = false;
  parser.onopentag = ({ name, attributes: a }) => {
    const attr = (key: string) => {
      const value = a[key];
      return value === undefined ? undefined : typeof value === 'string' ? value : value.value;
    };
    if (name === 'table:table') sheets += 1;
    if (sheets !== 1) return;
    if (name === 'table:table-row') rows.push([]);
    else if (name === 'table:table-cell' || name === 'table:covered-table-cell') {
      cell = { type: attr('office:value-type') ?? '', text: '' };
      const value =
        attr('office:value') ?? attr('office:date-value') ?? attr('office:boolean-value');
      if (value !== undefined) cell.value = value;
      const formula = attr('table:formula');
      if (formula !== undefined) cell.formula = formula;
      repeat = Number(attr('table:number-columns-repeated') ?? 1);
      paragraphs = 0;
    } else if (cell && name === 'text:p') {
      if (paragraphs > 0) cell.text += '\n';
      paragraphs += 1;
      inParagraph = true;
    } else if (cell && name === 'text:s') cell.text += ' '.repeat(Number(attr('text:c') ?? 1));
    else if (cell && name === 'text:tab') cell.text += '\t';
    else if (cell && name === 'text:line-break') cell.text += '\n';
  };
  parser.ontext = (text) => {
    // Outside a paragraph it is the file's indentation, not the cell's text.
    if (cell && inParagraph) cell.text += text;
  };
  parser.onclosetag = (name) => {
    if (name === 'text:p') inParagraph = false;
    if (
      sheets !== 1 ||
      !cell ||
      (name !== 'table:table-cell' && name !== 'table:covered-table-cell')
    )
      return;
    // A run of equal cells is written once with a count (empty ones in a row, or up to the sheet's last column).
    rows.at(-1)!.push(...Array.from({ length: Math.min(repeat, 1024) }, () => ({ ...cell! })));
    cell = undefined;
  };
  parser.write(fs.readFileSync(file, 'utf8')).close();
  const trimmed = rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1]!.type === '' && row[end - 1]!.text === '') end -= 1;
    return row.slice(0, end);
  });
  while (trimmed.length > 0 && trimmed.at(-1)!.length === 0) trimmed.pop();
  return trimmed;
}
