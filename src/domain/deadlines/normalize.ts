/**
 * Text normalization for reading deadlines. `fold` keeps every character in place (one in, one
 * out) so a match on the folded text can be cut from the original text at the same positions:
 * parts of a list keep their words exactly as written.
 */

const dashes = /[\u2010-\u2015\u2212\u00ad]/; // hyphen, non-breaking hyphen, figure/en/em dash, minus, soft hyphen
const spaces = /\s/; // includes no-break space, tabs and line breaks of multi-line table cells

function foldChar(char: string): string {
  if (char === 'ё' || char === 'Ё') return 'е';
  if (dashes.test(char)) return '-';
  if (spaces.test(char)) return ' ';
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower : char;
}

/** Lower case, ё → е, every dash → «-», every whitespace → « », same length as the input. */
export function fold(text: string): string {
  return Array.from(text.split(''), foldChar).join('');
}

/** Single spaces, trimmed: how a fragment is shown. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
