import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvChunks, jsonArrayChunks, toCsv } from '../../../src/domain/opendata/csv.ts';

describe('toCsv', () => {
  it('starts with a BOM, quotes what needs quoting and parses back to the same rows', () => {
    const rows = [
      { name: 'МБУК «Ольгинский КДЦ», филиал', score: 93.3 },
      { name: 'Строка с "кавычками"\nи переносом', score: '' },
    ];
    const csv = toCsv(rows, ['name', 'score']);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      { name: 'МБУК «Ольгинский КДЦ», филиал', score: '93.3' },
      { name: 'Строка с "кавычками"\nи переносом', score: '' },
    ]);
  });
});

describe('csvChunks and jsonArrayChunks', () => {
  const rows = Array.from({ length: 23 }, (_, i) => ({ name: i % 5 === 0 ? `Строка, «${i}»\nс переносом` : `Организация ${i}`, score: i % 3 === 0 ? null : i * 1.5, ok: i % 2 === 0 }));

  const columns = ['name', 'score', 'ok'] as const;
  // The text as one whole Papa.unparse call writes it.
  const whole = (part: typeof rows) => `\uFEFF${Papa.unparse({ fields: [...columns], data: part.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\r\n' })}\r\n`;

  it('write, piece by piece, the same text as one whole string', () => {
    for (const n of [1, 7, 23]) {
      const part = rows.slice(0, n);
      expect([...csvChunks(part, columns, 4)].join('')).toBe(whole(part));
      expect([...jsonArrayChunks(part, 4)].join('')).toBe(JSON.stringify(part, null, 1));
    }
  });

  it('write the header row alone when there are no rows', () => {
    expect([...csvChunks([], columns)].join('')).toBe('\uFEFFname,score,ok\r\n');
    expect([...jsonArrayChunks([])].join('')).toBe('[]');
  });

  it('give the rows in pieces of the size asked', () => {
    expect([...csvChunks(rows, ['name'], 10)]).toHaveLength(1 + 3);
    expect([...jsonArrayChunks(rows, 10)]).toHaveLength(3 + 1);
  });
});
