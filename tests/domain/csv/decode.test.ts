import { describe, expect, it } from 'vitest';
import { decodeCsv } from '../../../src/domain/csv/decode.ts';
import { detectDelimiter } from '../../../src/domain/csv/delimiter.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
// «Культура» in Windows-1251: one byte per letter, invalid as UTF-8.
const cp1251Kultura = Uint8Array.from([0xca, 0xf3, 0xeb, 0xfc, 0xf2, 0xf3, 0xf0, 0xe0]);

describe('decodeCsv', () => {
  it('drops a UTF-8 BOM', () => {
    expect(decodeCsv(utf8('\uFEFForganization'))).toEqual({ text: 'organization', encoding: 'utf-8' });
  });

  it('reads UTF-8 without BOM', () => {
    expect(decodeCsv(utf8('Культура'))).toEqual({ text: 'Культура', encoding: 'utf-8' });
  });

  it('falls back to Windows-1251 when the bytes are not UTF-8', () => {
    expect(decodeCsv(cp1251Kultura)).toEqual({ text: 'Культура', encoding: 'windows-1251' });
  });

  it('uses the encoding it is told', () => {
    expect(decodeCsv(cp1251Kultura, 'windows-1251').text).toBe('Культура');
  });
});

describe('detectDelimiter', () => {
  it('picks the comma', () => {
    expect(detectDelimiter('organization,sphere,total\nа;б;в,1')).toBe(',');
  });

  it('picks the semicolon', () => {
    expect(detectDelimiter('organization;sphere;total\r\n"а,б",в,1')).toBe(';');
  });

  it('ignores delimiters inside quoted header names', () => {
    expect(detectDelimiter('"a,b,c";"d";e')).toBe(';');
  });

  it('reads only the header line, even when a quoted name spans lines', () => {
    expect(detectDelimiter('"a\nb";c\nd,e,f,g')).toBe(';');
  });
});
