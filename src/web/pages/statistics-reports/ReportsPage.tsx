import { useState } from 'preact/hooks';
import { annualReportUrl, monthlyReportUrl } from '../../api/complaintReportUrls.ts';
import { listProvinces } from '../../api/endpoints.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { addMonths, bangkokMonth, fiscalYearOfMonth } from '../../../shared/fiscalYear.ts';
import type { ReportFormat } from '../../../shared/api/complaintReports.ts';

/** How far back the choosers reach: this fiscal year and the one before by month, five fiscal years for the annual report. */
const MONTHS_BACK = 24;
const YEARS_BACK = 5;

/** The months a monthly report may be asked for, newest first: this month back to the start of last fiscal year at least. */
export function reportMonths(now: Date): string[] {
  const current = bangkokMonth(now);
  return Array.from({ length: MONTHS_BACK }, (_, i) => addMonths(current, -i));
}

function Downloads({ url, label }: { url: (format: ReportFormat) => string; label: string }) {
  const { t } = useI18n();
  const words = t.statisticsReports;
  return (
    <p class="body">
      <a class="button" href={url('pdf')} download>
        {words.pdf}
        <span class="visually-hidden">{words.fileOf(label)}</span>
      </a>{' '}
      <a class="button button--secondary" href={url('xlsx')} download>
        {words.xlsx}
        <span class="visually-hidden">{words.fileOf(label)}</span>
      </a>
    </p>
  );
}

/**
 * `/reports`: the monthly complaint report for a month and an area, and the annual government
 * performance report for a fiscal year, each as a PDF and a workbook with the same figures.
 */
export function ReportsPage() {
  const { t, locale, name } = useI18n();
  const { session } = useSession();
  const words = t.statisticsReports;
  const months = reportMonths(new Date());
  const [month, setMonth] = useState(months[0]!);
  const [scope, setScope] = useState('TH');
  const currentYear = fiscalYearOfMonth(months[0]!);
  const [fiscalYear, setFiscalYear] = useState(String(currentYear));
  const provinces = useResource(() => listProvinces(), []);
  const monthLabel = new Intl.DateTimeFormat(locale === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB-u-ca-buddhist', {
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Bangkok',
  });
  const monthName = (m: string) => monthLabel.format(new Date(`${m}-15T12:00:00+07:00`));
  const scopes = [
    { value: 'TH', label: words.monthly.national },
    ...(provinces.data?.items ?? []).map((p) => ({ value: `p:${p.code}`, label: name(p.name) })),
  ];
  return (
    <>
      <PageHeading title={words.title} />
      <p class="body">{words.lead}</p>

      <h2 class="heading-m">{words.monthly.title}</h2>
      <p class="body">{words.monthly.lead}</p>
      <SelectField
        id="report-month"
        label={words.monthly.month}
        value={month}
        onChange={setMonth}
        options={months.map((m) => ({ value: m, label: monthName(m) }))}
      />
      <SelectField id="report-scope" label={words.monthly.scope} value={scope} onChange={setScope} options={scopes} />
      <Downloads url={(format) => monthlyReportUrl({ month, scope }, format)} label={`${words.monthly.title} ${monthName(month)}`} />

      <h2 class="heading-m">{words.annual.title}</h2>
      <p class="body">{words.annual.lead}</p>
      {session.permissions.nationalReach ? (
        <>
          <SelectField
            id="report-year"
            label={words.annual.fiscalYear}
            value={fiscalYear}
            onChange={setFiscalYear}
            options={Array.from({ length: YEARS_BACK }, (_, i) => currentYear - i).map((y) => ({
              value: String(y),
              label: words.annual.fiscalYearOption(y),
            }))}
          />
          <Downloads
            url={(format) => annualReportUrl({ fiscalYear: Number(fiscalYear) }, format)}
            label={`${words.annual.title} ${words.annual.fiscalYearOption(Number(fiscalYear))}`}
          />
        </>
      ) : (
        <p class="body inset">{words.annual.nationalOnly}</p>
      )}
    </>
  );
}
