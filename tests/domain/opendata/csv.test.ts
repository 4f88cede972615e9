import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/domain/opendata/csv.ts';

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
