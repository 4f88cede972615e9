// Every CSV the portal writes goes through guardCell, so that no cell is run as a formula when a
// citizen, an official or an editor opens the file in a spreadsheet («CSV injection», OWASP).
//
// The rule: a text cell that begins with = + - @, a TAB or a CR is written with one apostrophe
// before it. Why these: Excel starts a formula at any of = + - @ (after skipping a leading TAB or
// CR), so «- обеспечить доступ…» opens there as #ИМЯ? and «=HYPERLINK(…)» as a live link;
// LibreOffice Calc 7.4 runs «=…» even inside quotes, and reads «- текст» and «@…» as text (seen
// in tests/spreadsheet/csv.test.ts). The apostrophe is the spreadsheets' own mark for «text, not
// a formula»; we never add spaces, invisible characters or other escapes, so everything after it
// is the text exactly as published.
//
// Two exceptions keep the text faithful:
// - a negative number written plainly («-3», «-0.5») is left alone: both spreadsheets read it as
//   that number, not as a formula, and an apostrophe would turn a number into text;
// - a text that already begins with apostrophes followed by a trigger gets one more, so the rule
//   is exactly reversible: a program recovers the published text by dropping one leading
//   apostrophe wherever apostrophes are followed by a trigger (unguardCell; the datapackage
//   says so).
//
// What a reader sees: on opening a CSV LibreOffice shows the apostrophe (a CSV is not typed
// input; the test checks the text it shows). That one visible mark is the price of a file that
// cannot act; the .xlsx downloads need no mark, their cells are typed as text.

const GUARDED = /^'*[=+\-@\t\r]/;
const PLAIN_NEGATIVE_NUMBER = /^-\d+(?:\.\d+)?$/;

export function guardCell(text: string): string {
  return GUARDED.test(text) && !PLAIN_NEGATIVE_NUMBER.test(text) ? `'${text}` : text;
}

/** The published text of a cell written by guardCell. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && GUARDED.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** The rule in one sentence, for the datapackage and the open-data page. */
export const formulaGuardNote =
  'Ячейка, текст которой начинается с =, +, -, @, табуляции или возврата каретки, записана с апострофом в начале, чтобы таблица не выполнила её как формулу; отрицательные числа записаны как есть. Исходный текст — ячейка без этого одного апострофа.';
