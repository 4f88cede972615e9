// What a chart draws, as plain data: written into the page next to the chart's table and drawn by
// the browser with Chart.js, so the server renders no framework component per chart.

/** One series; `type` mixes bars and points in one chart (a coverage target and what was achieved). */
export interface ChartDataset {
  label: string;
  data: (number | [number, number] | null)[];
  type?: 'bar' | 'line';
  [style: string]: unknown;
}

export interface ChartSpec {
  labels: string[];
  datasets: ChartDataset[];
  /** Top of the value axis: the scale of the method, so bars are never stretched to look better. */
  max: number | null;
  /** A legend is drawn only when there is more than one series to tell apart. */
  legend: boolean;
  /** Axis titles: what the categories are, and what the values count or measure (with the unit). */
  axes: { x: string; y: string };
  /** Every value is a whole number (a count of meetings): ticks like 0,5 would mean nothing. */
  integer: boolean;
}

const numbersOf = (datasets: ChartDataset[]): number[] =>
  datasets.flatMap((d) => d.data.flatMap((v) => (v === null ? [] : Array.isArray(v) ? v : [v])));

/** The spec with `integer` worked out from its values. */
export function chartSpec(spec: Omit<ChartSpec, 'integer'>): ChartSpec {
  return { ...spec, integer: numbersOf(spec.datasets).every(Number.isInteger) };
}

/** One series of bars; a missing number (null) is drawn as a gap, never as a zero bar. */
export function barChart(
  labels: string[],
  values: (number | null)[],
  series: string,
  axes: ChartSpec['axes'],
  max: number | null = null,
): ChartSpec {
  return chartSpec({
    labels,
    datasets: [{ label: series, data: values, backgroundColor: '#1d4f91' }],
    max,
    legend: false,
    axes,
  });
}

/**
 * Categories that have a value in some series. A chart of one such point (one year, one diamond
 * in a corner) shows nothing the table beside it does not: pages draw from two.
 */
export function pointsShown(spec: Pick<ChartSpec, 'labels' | 'datasets'>): number {
  return spec.labels.filter((_, i) =>
    spec.datasets.some((d) => d.data[i] !== null && d.data[i] !== undefined),
  ).length;
}

export const MIN_POINTS_TO_DRAW = 2;
export const worthDrawing = (spec: Pick<ChartSpec, 'labels' | 'datasets'>): boolean =>
  pointsShown(spec) >= MIN_POINTS_TO_DRAW;
