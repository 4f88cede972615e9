import { describe, expect, it } from 'vitest';
import { rowsFromCsv, rowsToCsv } from '../../../src/domain/opendata/csv.ts';
import {
  distributionRowSchema,
  distributionRows,
  groupResults,
  resultRow,
  resultRowSchema,
  resultsWithin,
  sphereMeanRowSchema,
  sphereMeanRows,
} from '../../../src/domain/results/index.ts';
import { fixtureDir, load, realDir } from './content.ts';

const fixture = load(fixtureDir);
const real = load(realDir);

describe('CSV rows behind the results tables', () => {
  it('survive the CSV round trip, with «not published» and «no data» as empty cells', () => {
    const rows = resultsWithin('oblast', fixture).map((r) => resultRow(r, fixture));
    expect(rowsFromCsv(resultRowSchema, rowsToCsv(resultRowSchema, rows))).toEqual(rows);
    const library = rows.find((r) => r.organization_id === 'test-biblioteka' && r.year === 2018)!;
    expect([library.criterion_4, library.total]).toEqual([null, 62.4]);
    const house = rows.find((r) => r.organization_id === 'test-dom-kultury')!;
    expect([house.kind, house.criterion_1, house.total, house.comparison]).toEqual([
      'computed',
      null,
      null,
      null,
    ]);
    expect(
      rows
        .filter((r) => r.kind === 'computed')
        .map((r) => r.comparison)
        .sort(),
    ).toEqual(['agrees', 'differs', null]);
  });

  it('keep the method and the 160-point maximum on every old-method row', () => {
    const rows = resultsWithin('abinskiy-rayon', real).map((r) => resultRow(r, real));
    expect(rows).toHaveLength(16);
    expect(new Set(rows.map((r) => `${r.method}/${r.max_total}`))).toEqual(
      new Set(['pre-2018-culture-160/160']),
    );
  });

  it('give distribution and sphere means per method and year', () => {
    const groups = groupResults(resultsWithin('abinskiy-rayon', real));
    const distribution = rowsFromCsv(
      distributionRowSchema,
      rowsToCsv(distributionRowSchema, distributionRows(groups)),
    );
    expect(distribution).toHaveLength(10);
    expect(distribution.at(-1)).toEqual({
      method: 'pre-2018-culture-160',
      year: 2017,
      from: 144,
      to: 160,
      count: 2,
    });
    expect(sphereMeanRows(groups)).toEqual([
      {
        method: 'pre-2018-culture-160',
        year: 2017,
        sphere: 'culture',
        mean: 130.55,
        counted: 16,
        skipped: 0,
      },
    ]);
    expect(() => rowsToCsv(sphereMeanRowSchema, sphereMeanRows(groups))).not.toThrow();
  });
});
