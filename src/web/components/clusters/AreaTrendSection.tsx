import { useCallback } from 'preact/hooks';
import type { CaseSummary } from '../../../shared/api/cases.ts';
import { formatPeriod } from '../../../shared/periods.ts';
import { getComplaintTrend } from '../../api/clusters.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { EvidenceTable } from './EvidenceTable.tsx';
import { MonthlyCountChart } from './MonthlyCountChart.tsx';
import { MonthTable } from './MonthTable.tsx';
import '../../styles/reports.css';

const TREND_KINDS = new Set(['directive', 'policy', 'cabinet_resolution']);

/**
 * On a directive's page: the complaints in its area (and category) before and after it was issued,
 * as a chart and a table, and the complaints it was raised from. Did the directive change anything
 * where it was aimed? Shown for government cases that name an area.
 */
export function AreaTrendSection({ kase }: { kase: Pick<CaseSummary, 'id' | 'kind' | 'areaCode'> }) {
  if (!TREND_KINDS.has(kase.kind) || !kase.areaCode) return null;
  return <AreaTrend caseId={kase.id} />;
}

function AreaTrend({ caseId }: { caseId: string }) {
  const { t, locale, name } = useI18n();
  const words = t.clusters.trend;
  const loaded = useResource(() => getComplaintTrend(caseId), [caseId]);
  const period = useCallback((month: string) => formatPeriod(month, locale), [locale]);
  if (!loaded.data) return null;
  const trend = loaded.data;
  const number = (n: number) => n.toLocaleString(locale === 'th' ? 'th-TH' : 'en-GB', { maximumFractionDigits: 1 });
  const place = ` ${trend.category ? name(trend.category.name) : words.allCategories} ${locale === 'th' ? 'ใน' : 'in'} ${name(trend.area.name)}`;
  const before = trend.months.filter((m) => m.month < trend.issuedMonth);
  const after = trend.months.filter((m) => m.month > trend.issuedMonth);
  const mean = (months: typeof before) => (months.length ? number(months.reduce((s, m) => s + m.received, 0) / months.length) : null);
  return (
    <section aria-labelledby="area-trend-title">
      <h2 class="heading-m" id="area-trend-title">
        {words.title}
      </h2>
      <p class="body">{words.lead(place, 6)}</p>
      <ul class="list">
        <li>{words.before(mean(before) ?? '0')}</li>
        <li>{words.after(mean(after))}</li>
      </ul>
      <MonthlyCountChart
        months={trend.months}
        marked={trend.issuedMonth}
        label={words.chartLabel(place, period(trend.issuedMonth))}
        period={period}
        markWord={words.issued}
      />
      <MonthTable
        months={trend.months}
        marked={trend.issuedMonth}
        markWord={words.issued}
        caption={t.clusters.trendCaption(place.trim())}
      />
      {trend.evidence.length > 0 && <EvidenceTable items={trend.evidence} caption={words.evidence(trend.evidence.length)} />}
    </section>
  );
}
