import { describe, expect, it } from 'vitest';
import { decodeCsv } from '../../../src/domain/csv/decode.ts';
import { detectDelimiter, foreignDelimiter } from '../../../src/domain/csv/delimiter.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
// «Культура» in Windows-1251: one byte per letter, invalid as UTF-8.
const cp1251Kultura = Uint8Array.from([0xca, 0xf3, 0xeb, 0xfc, 0xf2, 0xf3, 0xf0, 0xe0]);

/** UTF-16 bytes as Excel's «Текст Юникод» writes them (LE), or big-endian. */
export function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const units = [...(bom ? '\uFEFF' : ''), ...text].flatMap((char) => {
    const code = char.codePointAt(0)!;
    return code > 0xffff
      ? [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)]
      : [code];
  });
  return Uint8Array.from(
    units.flatMap((u) => (endian === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])),
  );
}

describe('decodeCsv', () => {
  it('drops a UTF-8 BOM', () => {
    expect(decodeCsv(utf8('\uFEFForganization'))).toEqual({
      ok: true,
      text: 'organization',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-8 without BOM', () => {
    expect(decodeCsv(utf8('Культура'))).toEqual({ ok: true, text: 'Культура', encoding: 'utf-8' });
  });

  it('falls back to Windows-1251 when the bytes are not UTF-8', () => {
    expect(decodeCsv(cp1251Kultura)).toEqual({
      ok: true,
      text: 'Культура',
      encoding: 'windows-1251',
    });
  });

  it('uses the encoding it is told', () => {
    expect(decodeCsv(cp1251Kultura, 'windows-1251')).toMatchObject({ ok: true, text: 'Культура' });
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s by its BOM', (endian) => {
    expect(decodeCsv(utf16('organization\tКультура', endian))).toEqual({
      ok: true,
      text: 'organization\tКультура',
      encoding: `utf-16${endian}`,
    });
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s without BOM by its NUL bytes', (endian) => {
    expect(
      decodeCsv(utf16('organization,sphere\r\nКультура,culture', endian, false)),
    ).toMatchObject({
      ok: true,
      encoding: `utf-16${endian}`,
      text: 'organization,sphere\r\nКультура,culture',
    });
  });

  it('refuses a file whose BOM says UTF-16 but whose bytes are not, naming the encoding', () => {
    // An odd number of bytes cannot be UTF-16.
    const result = decodeCsv(Uint8Array.from([0xff, 0xfe, 0x6f, 0x00, 0x72]));
    expect(result).toEqual({
      ok: false,
      encoding: 'utf-16le',
      reason: expect.stringMatching(
        /^файл определён как UTF-16 LE \(по метке BOM в начале файла\), но его байты/,
      ),
    });
  });
});

describe('detectDelimiter', () => {
  it('picks the comma', () => {
    expect(detectDelimiter('organization,sphere,total\nа;б;в,1')).toBe(',');
  });

  it('picks the semicolon', () => {
    expect(detectDelimiter('organization;sphere;total\r\n"а,б",в,1')).toBe(';');
  });

  it('picks the tab', () => {
    expect(detectDelimiter('organization\tsphere\t"total, баллы"\nа,б')).toBe('\t');
  });

  it('ignores delimiters inside quoted header names', () => {
    expect(detectDelimiter('"a,b,c";"d";e')).toBe(';');
  });

  it('reads only the header line, even when a quoted name spans lines', () => {
    expect(detectDelimiter('"a\nb";c\nd,e,f,g')).toBe(';');
  });
});

describe('foreignDelimiter', () => {
  const isColumn = (name: string) => ['organization', 'sphere'].includes(name);

  it('names the character after a known first column', () => {
    expect(foreignDelimiter('organization|sphere|total', isColumn)).toBe('|');
  });

  it('says nothing of a header that starts with an unknown name', () => {
    expect(foreignDelimiter('score|total', isColumn)).toBeUndefined();
  });
});
