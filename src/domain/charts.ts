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
}

/** One series of bars; a missing number (null) is drawn as a gap, never as a zero bar. */
export function barChart(labels: string[], values: (number | null)[], series: string, max: number | null = null): ChartSpec {
  return { labels, datasets: [{ label: series, data: values, backgroundColor: '#1d4f91' }], max, legend: false };
}
