// Operators' CSV files come as UTF-8 (with or without BOM) or as Windows-1251 from older Excel.
// A Cyrillic Windows-1251 text is practically never valid UTF-8, so validity decides.

export type CsvEncoding = 'utf-8' | 'windows-1251';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

export function decodeCsv(bytes: Uint8Array, encoding?: CsvEncoding): DecodedCsv {
  if (encoding) return { text: new TextDecoder(encoding).decode(bytes), encoding };
  try {
    // fatal: invalid bytes throw instead of turning into U+FFFD; the BOM is dropped by default.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}
