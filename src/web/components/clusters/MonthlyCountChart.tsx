import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { MonthCount } from '../../../shared/api/clusters.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

interface Props {
  months: MonthCount[];
  /** The month drawn apart (the directive's issue month, the cluster's own month). */
  marked: string;
  label: string;
  period(month: string): string;
  markWord: string;
}

/**
 * Complaints per month as bars, the marked month darker and named under its bar, so the mark does
 * not rely on colour alone. The canvas is an image with a label; the same figures are in a table.
 */
export function MonthlyCountChart({ months, marked, label, period, markWord }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const font = { family: 'Sarabun, sans-serif', size: 13 };
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: months.map((m) => (m.month === marked ? [period(m.month), markWord] : period(m.month))),
        datasets: [
          {
            data: months.map((m) => m.received),
            backgroundColor: months.map((m) => (m.month === marked ? '#0b0c0c' : m.month < marked ? '#5694ca' : '#1d70b8')),
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { x: { ticks: { font, autoSkip: false, maxRotation: 90 } }, y: { beginAtZero: true, ticks: { font, precision: 0 } } },
      },
    });
    return () => chart.destroy();
  }, [months, marked, period, markWord]);
  return (
    <div class="trajectory-chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
