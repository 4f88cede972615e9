import { describe, expect, it } from 'vitest';
import { chartDatasets } from '../../../src/domain/coverage/chart.ts';
import { coverageRows } from '../../../src/domain/coverage/rows.ts';
import { coverageTargetSchema } from '../../../src/domain/schemas/index.ts';

const target = coverageTargetSchema.parse({
  territory: 'rf',
  plan: 'p',
  indicator: 'assessedShare',
  indicatorAsWritten: 'Доля организаций',
  unit: '%',
  values: [
    {
      year: 2015,
      achieved: { value: 50.5, source: { title: 'План', locator: 'графа 2015 (отчет)' } },
    },
    { year: 2016, target: { kind: 'range', min: 45, max: 50 } },
    { year: 2020, byEndOfYear: true, target: { kind: 'number', value: 100 } },
  ],
});

describe('coverage rows', () => {
  it('keeps a range as min and max, never a midpoint', () => {
    const rows = coverageRows(target);
    expect(rows[1]).toMatchObject({
      year: 2016,
      target_kind: 'range',
      target_min: 45,
      target_max: 50,
      target_value: null,
    });
    expect(rows[0]).toMatchObject({
      year: 2015,
      target_kind: null,
      achieved: 50.5,
      achieved_source: 'План; графа 2015 (отчет)',
    });
    expect(rows[2]).toMatchObject({ by_end_of_year: true, target_value: 100 });
  });

  it('draws a range as a floating bar and values as points, with gaps where nothing is known', () => {
    const { labels, datasets } = chartDatasets(coverageRows(target), target.unit);
    expect(labels).toEqual(['2015', '2016', '2020']);
    expect(datasets.map((d) => d.label)).toEqual(['Цель (диапазон)', 'Цель', 'Достигнуто']);
    expect(datasets[0]!.data).toEqual([null, [45, 50], null]);
    expect(datasets[1]!.data).toEqual([null, null, 100]);
    expect(datasets[2]!.data).toEqual([50.5, null, null]);
  });
});
