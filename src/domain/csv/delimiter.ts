// Russian Excel exports CSV with semicolons (the comma is the decimal separator there), other
// tools use commas, and Excel's «Текст Юникод» uses tabs. The header line decides, ignoring
// delimiters inside quotes; the most frequent of the three wins.

export type CsvDelimiter = ',' | ';' | '\t';

export const delimiterNames: Record<string, string> = {
  ',': 'запятая',
  ';': 'точка с запятой',
  '\t': 'табуляция',
  ' ': 'пробел',
};

export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    // A doubled quote inside a quoted field toggles twice, which leaves the state unchanged.
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') break;
    else if (char === ',' || char === ';' || char === '\t') counts[char] += 1;
  }
  // Ties go to the comma, then the semicolon: a tab counts only where it clearly separates.
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

/**
 * The character a one-cell header is split by, when it starts with a known column name
 * followed by something other than the accepted delimiters («organization|sphere|…»).
 */
export function foreignDelimiter(
  headerCell: string,
  isColumn: (name: string) => boolean,
): string | undefined {
  const match = /^([a-z0-9_]+)([^a-z0-9_])/.exec(headerCell.trim());
  if (!match || !isColumn(match[1]!)) return undefined;
  return match[2];
}
