import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { ComplaintStatistics } from '../../../shared/api/statistics.ts';
import { formatPeriod } from '../../../shared/periods.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { BreakdownTable } from './BreakdownTable.tsx';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

/**
 * Complaints received and resolved each month as bars (Chart.js), then the same figures as a
 * table: the canvas is an image with a label and says nothing the table does not. The two series
 * differ in colour and in fill (solid, outlined), so they are told apart without colour vision.
 */
export function MonthlyChart({ stats }: { stats: ComplaintStatistics }) {
  const { t, locale } = useI18n();
  const words = t.statistics;
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const font = { family: 'Sarabun, sans-serif', size: 14 };
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: stats.byMonth.map((m) => formatPeriod(m.month, locale)),
        datasets: [
          { label: words.measures.received, data: stats.byMonth.map((m) => m.received), backgroundColor: '#1d70b8' },
          {
            label: words.measures.resolved,
            data: stats.byMonth.map((m) => m.resolved),
            backgroundColor: '#ffffff',
            borderColor: '#0b0c0c',
            borderWidth: 2,
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { labels: { font } } },
        scales: {
          x: { ticks: { font } },
          y: {
            beginAtZero: true,
            ticks: { font, precision: 0, callback: (value) => Number(value).toLocaleString(locale === 'th' ? 'th-TH' : 'en-GB') },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [stats, locale, words]);
  return (
    <>
      <section aria-labelledby="by-month-chart-title" class="statistics-section">
        <h2 class="heading-m" id="by-month-chart-title">
          {words.byMonth}
        </h2>
        <div class="statistics-chart">
          <canvas ref={canvas} role="img" aria-label={words.byMonthChart} />
        </div>
      </section>
      <BreakdownTable
        id="by-month"
        title={words.byMonthTable}
        column={words.month}
        rows={stats.byMonth.map((m) => ({ key: m.month, label: formatPeriod(m.month, locale), figures: m }))}
      />
    </>
  );
}
