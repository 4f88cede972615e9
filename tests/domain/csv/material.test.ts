// The public results gathered for the project (copies under tests/fixtures/csv/material).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatImportErrors, importResultsCsv } from '../../../src/domain/csv/index.ts';

const material = path.resolve(import.meta.dirname, '../../fixtures/csv/material');
const read = (name: string) => fs.readFileSync(path.join(material, name));

describe('material: abinsk-culture-2017.csv', () => {
  const result = importResultsCsv(read('abinsk-culture-2017.csv'), 'abinsk-culture-2017.csv');
  const rows = result.ok ? result.rows : [];

  it('imports all 16 rows', () => {
    expect(result.ok, result.ok ? '' : formatImportErrors(result.errors)).toBe(true);
    expect(rows).toHaveLength(16);
  });

  it('reads decimal commas and points alike', () => {
    expect(rows.map((row) => row.total)).toEqual([
      128.15, 135.2, 145.01, 93.3, 127.5, 140.45, 123.74, 127.2, 127.05, 146.7, 141.7, 141.3,
      125.02, 118.5, 137, 131,
    ]);
  });

  it('resolves «same» to the first row’s page and keeps the remarks as notes', () => {
    expect(new Set(rows.map((row) => row.source)).size).toBe(1);
    expect(rows[0]?.source).toMatch(/^https:\/\/abinskiy\.ru\//);
    expect(rows[5]?.notes).toBe('published with a decimal point, unlike the other rows');
    expect(rows[8]?.notes).toBe('decimal point');
    expect(rows.filter((row) => row.notes !== undefined)).toHaveLength(2);
  });
});

describe('material: published-results.csv', () => {
  it('fails with exactly the «111, 83» error', () => {
    expect(importResultsCsv(read('published-results.csv'), 'published-results.csv')).toEqual({
      ok: false,
      errors: [
        {
          file: 'published-results.csv',
          row: 5,
          line: 5,
          column: 'total',
          value: '111, 83',
          reason: 'не число: пробел внутри числа',
        },
      ],
    });
  });

  it('imports its other rows as published: missing criteria, years and ranks stay absent', () => {
    // Only the offending row is dropped, to show that nothing else in the file is refused.
    const text = read('published-results.csv').toString('utf8');
    const withoutBadRow = text
      .split('\n')
      .filter((line) => !line.includes('"111, 83"'))
      .join('\n');
    const result = importResultsCsv(
      new TextEncoder().encode(withoutBadRow),
      'published-results.csv',
    );
    if (!result.ok) throw new Error(formatImportErrors(result.errors));
    const [bogorodsk, mikhaylovsk, oktyabr] = result.rows;
    expect(result.rows).toHaveLength(3);
    expect(bogorodsk).toMatchObject({
      sphere: 'social',
      criterion_3: 80.5,
      total: 96.1,
      max_total: 100,
    });
    expect(bogorodsk).not.toHaveProperty('year');
    expect(bogorodsk).not.toHaveProperty('rank');
    expect(mikhaylovsk).toMatchObject({
      year: 2021,
      criterion_1: 96.85,
      total: 90.43,
      rank: 7,
      rank_of: 30,
    });
    expect(mikhaylovsk).not.toHaveProperty('criterion_4');
    expect(oktyabr).toMatchObject({ method: 'pre-2018-culture', total: 89.33 });
    expect(oktyabr).not.toHaveProperty('criterion_1');
  });
});
