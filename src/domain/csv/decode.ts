// Operators' CSV files come as UTF-8 (with or without BOM), as Windows-1251 from older Excel, or
// as UTF-16 from Excel's «Текст Юникод» (always with a BOM there). A byte-order mark decides
// first; without one, NUL bytes betray UTF-16 (no Cyrillic or Latin text has them otherwise),
// and else UTF-8 validity decides: a Cyrillic Windows-1251 text is practically never valid UTF-8.

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export type DecodedCsv =
  | { ok: true; text: string; encoding: CsvEncoding }
  | { ok: false; encoding: CsvEncoding; reason: string };

export const encodingNames: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251',
};

const boms: ReadonlyArray<[CsvEncoding, readonly number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

export function decodeCsv(bytes: Uint8Array, encoding?: CsvEncoding): DecodedCsv {
  if (encoding) return strictDecode(bytes, encoding, 'кодировка задана при импорте');
  const marked = boms.find(([, bom]) => bom.every((byte, i) => bytes[i] === byte));
  if (marked) return strictDecode(bytes, marked[0], 'по метке BOM в начале файла');
  const utf16 = utf16ByNulBytes(bytes);
  if (utf16) return strictDecode(bytes, utf16, 'по нулевым байтам — без метки BOM');
  const utf8 = strictDecode(bytes, 'utf-8', '');
  // Windows-1251 maps every byte to a character, so it cannot fail.
  return utf8.ok
    ? utf8
    : { ok: true, text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
}

/** fatal: invalid bytes are refused instead of silently turning into U+FFFD; a BOM is dropped. */
function strictDecode(bytes: Uint8Array, encoding: CsvEncoding, why: string): DecodedCsv {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return {
      ok: false,
      encoding,
      reason: `файл определён как ${encodingNames[encoding]} (${why}), но его байты в этой кодировке не читаются — сохраните файл заново как «CSV UTF-8»`,
    };
  }
}

/**
 * Text in UTF-8 or Windows-1251 never holds a NUL byte; UTF-16 puts one in the high byte of
 * every Latin letter, digit and delimiter (odd bytes for LE, even for BE). Cyrillic letters
 * have 0x04 there, so only the parity of the NULs is asked, not their share.
 */
function utf16ByNulBytes(bytes: Uint8Array): CsvEncoding | undefined {
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even += 1;
      else odd += 1;
    }
  }
  if (even + odd < 2) return undefined;
  if (odd >= 9 * even) return 'utf-16le';
  return even >= 9 * odd ? 'utf-16be' : undefined;
}
