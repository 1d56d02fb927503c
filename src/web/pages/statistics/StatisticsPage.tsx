import '../../styles/reports.css';
import '../../components/statistics/statistics.css';
import { useLocation } from 'preact-iso';
import type { ComplaintStatistics, ScopeRef } from '../../../shared/api/statistics.ts';
import { formatPeriod } from '../../../shared/periods.ts';
import { thaiMonth } from '../../../shared/thaiTime.ts';
import { getComplaintStatistics } from '../../api/statistics.ts';
import { query } from '../../api/client.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { BreakdownTable } from '../../components/statistics/BreakdownTable.tsx';
import { HeadlineFigures } from '../../components/statistics/HeadlineFigures.tsx';
import { MonthlyChart } from '../../components/statistics/MonthlyChart.tsx';
import { fiscalYearOf, periodFromQuery, type PeriodChoice } from '../../components/statistics/period.ts';
import { PeriodChooser } from '../../components/statistics/PeriodChooser.tsx';
import { StatisticsMap } from '../../components/statistics/StatisticsMap.tsx';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { PageProps } from '../pageProps.ts';

const UNIT_ID = /^[0-9a-f-]{36}$/;

const periodQueryOf = (choice: PeriodChoice) =>
  query('fiscalYear' in choice ? { fiscalYear: choice.fiscalYear } : { from: choice['from'], to: choice['to'] });

/** Where the reader is: the country, the scope above (a province above its district), and here. */
function Breadcrumb({ stats, periodQuery }: { stats: ComplaintStatistics; periodQuery: string }) {
  const { t, name } = useI18n();
  const words = t.statistics;
  const refName = (ref: ScopeRef) => (ref.kind === 'national' ? words.national : name({ th: ref.nameTh, en: ref.nameEn ?? ref.nameTh }));
  const trail: ScopeRef[] = [];
  if (stats.scope.kind !== 'national' && stats.parent?.kind !== 'national') {
    trail.push({ scope: 'TH', kind: 'national', code: 'TH', nameTh: words.national, nameEn: null });
  }
  if (stats.parent) trail.push(stats.parent);
  if (trail.length === 0) return null;
  return (
    <nav class="breadcrumbs" aria-label={words.breadcrumb}>
      <ol class="breadcrumbs__list">
        {trail.map((ref) => (
          <li key={ref.scope} class="breadcrumbs__item">
            <a href={`/statistics${ref.kind === 'national' ? '' : `/${ref.scope}`}${periodQuery}`}>{refName(ref)}</a>
          </li>
        ))}
        <li class="breadcrumbs__item" aria-current="page">
          {refName(stats.scope)}
        </li>
      </ol>
    </nav>
  );
}

/**
 * The complaint dashboard of a scope (`/statistics` for the country, `/statistics/p:50` for a
 * province, `d:5001`, `zone:3`, `group:5`, `u:<unit id>`) and period: the headline figures with
 * their trend, the map one level down with its table, and the breakdowns by month, category,
 * channel and handling unit. Public, like the figures it shows.
 */
export function StatisticsPage({ params, query: search }: PageProps) {
  const { t, locale, name, dateTime } = useI18n();
  const location = useLocation();
  const words = t.statistics;
  const scope = params['scope'] ?? 'TH';
  const choice = periodFromQuery(search);
  const chosenQuery = Object.keys(choice).length ? periodQueryOf(choice) : '';
  const stats = useResource(() => getComplaintStatistics({ scope, ...choice }), [scope, chosenQuery]);
  const now = new Date();

  if (stats.error) return <LoadError error={stats.error} retry={stats.reload} />;
  if (!stats.data) return <Loading />;
  const data = stats.data;
  const scopeName =
    data.scope.kind === 'national' ? words.national : name({ th: data.scope.nameTh, en: data.scope.nameEn ?? data.scope.nameTh });
  const periodText =
    data.period.fiscalYear !== null
      ? `${words.fiscalYear(data.period.fiscalYear)} (${words.monthRange(formatPeriod(data.period.from, locale), formatPeriod(data.period.to, locale))})`
      : words.monthRange(formatPeriod(data.period.from, locale), formatPeriod(data.period.to, locale));
  const periodQuery = periodQueryOf(
    data.period.fiscalYear !== null ? { fiscalYear: data.period.fiscalYear } : { from: data.period.from, to: data.period.to },
  );
  const breakdown = (rows: ComplaintStatistics['byCategory'], link?: (key: string) => string | undefined) =>
    rows.map((row) => ({
      key: row.key,
      label: name({ th: row.nameTh, en: row.nameEn ?? row.nameTh }),
      href: link?.(row.key),
      figures: row,
    }));

  return (
    <div class="statistics">
      <Breadcrumb stats={data} periodQuery={periodQuery} />
      <PageHeading title={words.title(scopeName)} caption={periodText} />
      <p class="body">{words.lead}</p>
      <p class="hint">{data.asOf ? words.asOf(dateTime(data.asOf)) : words.asOfNever}</p>
      <PeriodChooser
        key={`${scope}${chosenQuery}`}
        shown={data.period}
        currentFiscalYear={fiscalYearOf(now)}
        currentMonth={thaiMonth(now)}
        onChoose={(next) => location.route(`/statistics${scope === 'TH' ? '' : `/${scope}`}${periodQueryOf(next)}`)}
      />
      <HeadlineFigures stats={data} />
      <StatisticsMap stats={data} periodQuery={periodQuery} />
      <MonthlyChart stats={data} />
      <BreakdownTable id="by-category" title={words.byCategory} column={words.category} rows={breakdown(data.byCategory)} />
      <BreakdownTable id="by-channel" title={words.byChannel} column={words.channel} rows={breakdown(data.byChannel)} />
      <BreakdownTable
        id="by-unit"
        title={words.byUnit}
        column={words.unit}
        rows={breakdown(data.byUnit, (key) => (UNIT_ID.test(key) ? `/statistics/u:${key}${periodQuery}` : undefined))}
      />
    </div>
  );
}
