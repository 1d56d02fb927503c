import { getComplaintStatistics } from '../../api/statistics.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { formatFigure } from '../statistics/formatFigure.ts';

/**
 * The 1111 headline on the national home: complaints received this fiscal year, how many are
 * finished, the resolution rate and how many are overdue, with the way to the dashboard. Quiet
 * when the statistics cannot be read: the delivery picture above is the page's first job.
 */
export function ComplaintHeadline() {
  const { t } = useI18n();
  const words = t.statistics;
  const loaded = useResource(() => getComplaintStatistics({}), []);
  const stats = loaded.data;
  if (!stats) return null;
  const figures = [
    { label: t.picture.home.complaints.received, value: formatFigure(words, { kind: 'count' }, stats.totals.received) },
    { label: t.picture.home.complaints.resolved, value: formatFigure(words, { kind: 'count' }, stats.totals.resolved) },
    { label: t.picture.home.complaints.rate, value: formatFigure(words, { kind: 'rate' }, stats.totals.resolutionRate) },
    { label: t.picture.home.complaints.overdue, value: formatFigure(words, { kind: 'count' }, stats.totals.overdue) },
  ];
  return (
    <section aria-labelledby="home-complaints">
      <h2 class="heading-m" id="home-complaints">
        {t.picture.home.complaints.title(stats.period.fiscalYear ?? 0)}
      </h2>
      <ul class="headline-figures">
        {figures.map((figure) => (
          <li key={figure.label} class="headline-figure">
            <span class="headline-figure__value">{figure.value}</span>
            <span class="headline-figure__label">{figure.label}</span>
          </li>
        ))}
      </ul>
      <p class="body">
        <a href="/statistics">{t.picture.home.complaints.more}</a>
      </p>
    </section>
  );
}
