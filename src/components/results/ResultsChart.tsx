// Progressive enhancement: a table next to it always carries the same numbers; this only draws
// them. A missing number is drawn as a gap, never as a zero bar.
import { useEffect, useRef } from 'react';
import { preactIsland } from '../island.ts';

interface Props {
  labels: string[];
  values: (number | null)[];
  /** Series name for the legend, e.g. «Балл». */
  series: string;
  /** What the chart shows, read out by screen readers. */
  label: string;
  /** Top of the value axis: the scale of the method, so bars are never stretched to look better. */
  max?: number | null;
}

function ResultsChart({ labels, values, series, label, max }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    // Loaded on demand so Chart.js never weighs on pages or moments that do not draw it.
    import('chart.js').then(({ Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip }) => {
      if (cancelled || !canvas.current) return;
      Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
      chart = new Chart(canvas.current, {
        type: 'bar',
        data: { labels, datasets: [{ label: series, data: values, backgroundColor: '#1d4f91' }] },
        options: {
          animation: false,
          locale: 'ru-RU',
          responsive: true,
          maintainAspectRatio: false,
          scales: { y: { beginAtZero: true, ...(max ? { max } : {}) } },
          plugins: { legend: { display: false } },
        },
      });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [labels, values, series, max]);
  return (
    <div className="chart-box">
      <canvas ref={canvas} role="img" aria-label={`${label}. Те же данные приведены в таблице.`} />
    </div>
  );
}

export default preactIsland(ResultsChart);
