import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  csvChunks,
  jsonArrayChunks,
  rowsFromCsv,
  toCsv,
} from '../../../src/domain/opendata/csv.ts';
import { guardCell, unguardCell } from '../../../src/domain/opendata/formulaGuard.ts';

describe('toCsv', () => {
  it('starts with a BOM, quotes what needs quoting and parses back to the same rows', () => {
    const rows = [
      { name: 'МБУК «Ольгинский КДЦ», филиал', score: 93.3 },
      { name: 'Строка с "кавычками"\nи переносом', score: '' },
    ];
    const csv = toCsv(rows, ['name', 'score']);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      { name: 'МБУК «Ольгинский КДЦ», филиал', score: '93.3' },
      { name: 'Строка с "кавычками"\nи переносом', score: '' },
    ]);
  });
});

describe('csvChunks and jsonArrayChunks', () => {
  const rows = Array.from({ length: 23 }, (_, i) => ({
    name: i % 5 === 0 ? `Строка, «${i}»\nс переносом` : `Организация ${i}`,
    score: i % 3 === 0 ? null : i * 1.5,
    ok: i % 2 === 0,
  }));

  const columns = ['name', 'score', 'ok'] as const;
  // The text as one whole Papa.unparse call writes it.
  const whole = (part: typeof rows) =>
    `\uFEFF${Papa.unparse({ fields: [...columns], data: part.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\r\n' })}\r\n`;

  it('write, piece by piece, the same text as one whole string', () => {
    for (const n of [1, 7, 23]) {
      const part = rows.slice(0, n);
      expect([...csvChunks(part, columns, { rowsPerChunk: 4 })].join('')).toBe(whole(part));
      expect([...jsonArrayChunks(part, 4)].join('')).toBe(JSON.stringify(part, null, 1));
    }
  });

  it('write the header row alone when there are no rows', () => {
    expect([...csvChunks([], columns)].join('')).toBe('\uFEFFname,score,ok\r\n');
    expect([...jsonArrayChunks([])].join('')).toBe('[]');
  });

  it('give the rows in pieces of the size asked', () => {
    expect([...csvChunks(rows, ['name'], { rowsPerChunk: 10 })]).toHaveLength(1 + 3);
    expect([...jsonArrayChunks(rows, 10)]).toHaveLength(3 + 1);
  });
});

describe('formula guard', () => {
  it.each([
    ['=HYPERLINK("http://example.org","нажмите")', `'=HYPERLINK("http://example.org","нажмите")`],
    ['- обеспечить доступ', "'- обеспечить доступ"],
    ['+7 (495) 000-00-00', "'+7 (495) 000-00-00"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ["'=1+1", "''=1+1"],
    ["''- текст", "'''- текст"],
  ])('puts one apostrophe before %j', (text, guarded) => {
    expect(guardCell(text)).toBe(guarded);
    expect(unguardCell(guarded)).toBe(text);
  });

  it.each(['-3', '-0.5', 'Обеспечить доступ', "'цитата'", "'", 'a=b', '', '1-2'])(
    'leaves %j as it is',
    (text) => {
      expect(guardCell(text)).toBe(text);
      expect(unguardCell(text)).toBe(text);
    },
  );

  it('guards text cells of a CSV, never numbers, and reads them back as published', () => {
    const schema = z.strictObject({ measure: z.string(), delta: z.number().nullable() });
    const rows = [
      { measure: '- обеспечить доступ', delta: -3 },
      { measure: '=1+1', delta: null },
    ];
    const csv = toCsv(rows, ['measure', 'delta']);
    expect(csv).toBe("\uFEFFmeasure,delta\r\n'- обеспечить доступ,-3\r\n'=1+1,\r\n");
    expect(rowsFromCsv(schema, csv)).toEqual(rows);
  });

  it('writes the semicolon dialect without BOM when asked', () => {
    expect(toCsv([{ a: '=x', b: 'y;z' }], ['a', 'b'], { delimiter: ';', bom: false })).toBe(
      'a;b\r\n\'=x;"y;z"\r\n',
    );
  });
});
