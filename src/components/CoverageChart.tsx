// Progressive enhancement: the table next to it carries the same data; this only draws it.
import { useEffect, useRef } from 'react';
import type { CoverageRow } from '../domain/coverage/rows.ts';
import { chartDatasets } from '../domain/coverage/chart.ts';
import { preactIsland } from './island.ts';

interface Props {
  rows: CoverageRow[];
  label: string;
}

function CoverageChart({ rows, label }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    // Loaded on demand so Chart.js never weighs on pages or moments that do not draw it.
    import('chart.js').then(({ Chart, BarController, BarElement, LineController, PointElement, LineElement, CategoryScale, LinearScale, Legend, Tooltip }) => {
      if (cancelled || !canvas.current) return;
      Chart.register(BarController, BarElement, LineController, PointElement, LineElement, CategoryScale, LinearScale, Legend, Tooltip);
      const { labels, datasets } = chartDatasets(rows);
      chart = new Chart(canvas.current, {
        type: 'bar',
        data: { labels, datasets: datasets as never },
        options: {
          animation: false,
          locale: 'ru-RU',
          responsive: true,
          maintainAspectRatio: false,
          scales: { y: { beginAtZero: true } },
          plugins: { legend: { position: 'bottom' } },
        },
      });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [rows]);
  return (
    <div className="chart-box">
      <canvas ref={canvas} role="img" aria-label={`${label}. Те же данные приведены в таблице.`} />
    </div>
  );
}

export default preactIsland(CoverageChart);
