// Russian Excel exports CSV with semicolons (the comma is the decimal separator there);
// other tools use commas. The header line decides, ignoring delimiters inside quotes.

export type CsvDelimiter = ',' | ';';

export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    // A doubled quote inside a quoted field toggles twice, which leaves the state unchanged.
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') break;
    else if (char === ',') commas += 1;
    else if (char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}
