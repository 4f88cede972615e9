/**
 * THE normalization of the fidelity check — the only one. It is applied to the whole source
 * document and to every content string before the content string is looked up in the source.
 *
 * 1. Page-break repair (only has an effect on source tables, see layout.ts):
 *    a. rows that only number the columns («1 2 3 4 5», «1 2 3 4»; in cell-line layout the
 *       lines «1», «2», «3», «4») are removed — only as whole rows, so a «1 раз в квартал»
 *       or a «4» in a target table stays;
 *    b. a grid row split by a page break is put back together: after a blank line, a row
 *       whose «№» cell is empty continues the previous row column by column; each cell half
 *       is cleaned (step 2–3) and the halves are joined with a space, or without one when the
 *       first half ends in «letter-» (a hyphenated word: «фи-» + «нансов» → «финансов»,
 *       «Ка-» + «бинет» → «Кабинет»). A hyphen inside a cell («общественно-го») is text and stays.
 *    Why structural and not character tricks: the second half of a split cell lands in the
 *    next table row, after the other columns of the first half, so no removal of spaces or
 *    hyphens could make «фи-» and «нансов» adjacent; only a column-wise merge can.
 * 2. Markup is dropped: `<a href="…">inner</a>` → inner; `<p>`, `</p>`, `<br>` → a space;
 *    `**` → nothing.
 * 3. Every run of whitespace (spaces, tabs, newlines, NBSP) becomes one space; ends trimmed.
 *
 * Spelling, punctuation, quote marks, capitalisation and typos are never touched, so a
 * content string passes only if it is the source text up to this normalization.
 */
import { repairPageBreaks } from './layout.ts';
import { cleanInline } from './markup.ts';

export function normalizeSourceText(text: string): string {
  return cleanInline(repairPageBreaks(text).join('\n'));
}
