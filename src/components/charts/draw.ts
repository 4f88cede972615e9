// Draws every chart of the page when it scrolls into view. Chart.js is loaded on demand, so it
// never weighs on pages or moments that do not draw it.
import type { ChartSpec } from '../../domain/charts.ts';

async function draw(canvas: HTMLCanvasElement): Promise<void> {
  const spec = JSON.parse(canvas.dataset.chart!) as ChartSpec;
  const {
    Chart,
    BarController,
    BarElement,
    LineController,
    PointElement,
    LineElement,
    CategoryScale,
    LinearScale,
    Legend,
    Tooltip,
  } = await import('chart.js');
  Chart.register(
    BarController,
    BarElement,
    LineController,
    PointElement,
    LineElement,
    CategoryScale,
    LinearScale,
    Legend,
    Tooltip,
  );
  new Chart(canvas, {
    type: 'bar',
    data: { labels: spec.labels, datasets: spec.datasets as never },
    options: {
      animation: false,
      locale: 'ru-RU',
      responsive: true,
      maintainAspectRatio: false,
      // Room above the highest value (unless the method's scale is the top), so no marker is cut.
      scales: {
        x: { title: { display: true, text: spec.axes.x } },
        y: {
          beginAtZero: true,
          ...(spec.max ? { max: spec.max } : { grace: '10%' }),
          ticks: spec.integer ? { precision: 0 } : {},
          title: { display: true, text: spec.axes.y },
        },
      },
      layout: { padding: { top: 8, right: 8 } },
      plugins: { legend: spec.legend ? { position: 'bottom' } : { display: false } },
    },
  });
}

export function drawChartsWhenVisible(): void {
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      void draw(entry.target as HTMLCanvasElement);
    }
  });
  for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]'))
    observer.observe(canvas);
}
