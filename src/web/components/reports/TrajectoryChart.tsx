import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { IndicatorPictureView } from '../../../shared/api/reports.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend);

interface Props {
  picture: IndicatorPictureView;
  label: string;
  labels: { planned: string; actual: string };
  period(period: string): string;
}

/**
 * Planned trajectory (dashed) against actual values (solid) with Chart.js.
 * The canvas is an image with a label; the same figures are in the table
 * beside it, so nothing is said by the chart alone.
 */
export function TrajectoryChart({ picture, label, labels, period }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const font = { family: 'Sarabun, sans-serif', size: 14 };
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels: picture.series.map((s) => period(s.period)),
        datasets: [
          { label: labels.planned, data: picture.series.map((s) => s.planned), borderColor: '#505a5f', borderDash: [6, 4], spanGaps: true },
          { label: labels.actual, data: picture.series.map((s) => s.actual), borderColor: '#1d70b8', backgroundColor: '#1d70b8' },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { labels: { font } } },
        scales: { x: { ticks: { font } }, y: { ticks: { font } } },
      },
    });
    return () => chart.destroy();
  }, [picture, labels.planned, labels.actual, period]);
  return (
    <div class="trajectory-chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
