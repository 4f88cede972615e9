import { describe, expect, it } from 'vitest';
import { barChart, pointsShown, worthDrawing } from '../../src/domain/charts.ts';
import { chartDatasets } from '../../src/domain/coverage/chart.ts';
import type { CoverageRow } from '../../src/domain/coverage/rows.ts';

const axes = { x: 'Год', y: 'заседаний' };

describe('chart specs', () => {
  it('mark a chart of counts as integer, so the axis never reads 0,5', () => {
    expect(barChart(['2016', '2017'], [1, 3], 'Заседаний', axes).integer).toBe(true);
    expect(barChart(['К1', 'К2'], [96.85, 99.3], 'Балл', axes).integer).toBe(false);
  });

  it('carry the axis titles', () => {
    expect(barChart(['2016'], [1], 'Заседаний', axes).axes).toEqual(axes);
  });

  it('count the categories that have a value in any series, and draw only from two', () => {
    const one = barChart(['2016', '2017', '2018'], [null, 4, null], 'Заседаний', axes);
    expect(pointsShown(one)).toBe(1);
    expect(worthDrawing(one)).toBe(false);
    expect(worthDrawing(barChart(['2016', '2017'], [2, 4], 'Заседаний', axes))).toBe(true);
  });

  it('a coverage target of one year is not worth a chart; its unit titles the value axis', () => {
    const row = {
      year: 2018,
      target_kind: 'number',
      target_value: 30,
      target_min: null,
      target_max: null,
      achieved: null,
    } as unknown as CoverageRow;
    const spec = chartDatasets(
      [row, { ...row, year: 2019, target_kind: null, target_value: null }],
      '%',
    );
    expect(spec.axes).toEqual({ x: 'Год', y: '%' });
    expect(worthDrawing(spec)).toBe(false);
  });
});
