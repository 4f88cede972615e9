import { chartSpec, type ChartSpec } from '../charts.ts';
import type { CoverageRow } from './rows.ts';

/**
 * Chart series for one indicator. A range target is a floating bar from min to max, never a
 * midpoint; a number target and the achieved value are points. Years without a value are gaps.
 */
export function chartDatasets(rows: CoverageRow[], unit: string): ChartSpec {
  const labels = rows.map((r) => String(r.year));
  const numeric = (v: number | boolean | null) => (typeof v === 'number' ? v : null);
  const ranges = rows.map((r): [number, number] | null =>
    r.target_kind === 'range' ? [Number(r.target_min), Number(r.target_max)] : null,
  );
  const datasets: ChartSpec['datasets'] = [
    ...(ranges.some(Boolean)
      ? [
          {
            type: 'bar' as const,
            label: 'Цель (диапазон)',
            data: ranges,
            backgroundColor: 'rgba(29, 79, 145, 0.35)',
            borderColor: '#1d4f91',
            borderWidth: 2,
          },
        ]
      : []),
    ...(rows.some((r) => typeof r.target_value === 'number')
      ? [
          {
            type: 'line' as const,
            label: 'Цель',
            data: rows.map((r) => numeric(r.target_value)),
            showLine: false,
            pointStyle: 'rectRot',
            pointRadius: 7,
            clip: false,
            borderColor: '#1d4f91',
            backgroundColor: '#1d4f91',
          },
        ]
      : []),
    ...(rows.some((r) => typeof r.achieved === 'number')
      ? [
          {
            type: 'line' as const,
            label: 'Достигнуто',
            data: rows.map((r) => numeric(r.achieved)),
            showLine: false,
            pointStyle: 'circle',
            pointRadius: 7,
            clip: false,
            borderColor: '#0b0c0c',
            backgroundColor: '#0b0c0c',
          },
        ]
      : []),
  ];
  return chartSpec({ labels, datasets, max: null, legend: true, axes: { x: 'Год', y: unit } });
}
