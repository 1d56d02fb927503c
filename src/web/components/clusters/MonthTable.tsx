import type { MonthCount } from '../../../shared/api/clusters.ts';
import { formatPeriod } from '../../../shared/periods.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

/** The figures of a monthly chart as a table, the marked month named in words as well as in bold. */
export function MonthTable({
  months,
  marked,
  markWord,
  caption,
}: {
  months: MonthCount[];
  marked: string;
  markWord: string;
  caption: string;
}) {
  const { t, locale } = useI18n();
  const period = (month: string) => formatPeriod(month, locale);
  const count = (n: number) => n.toLocaleString(locale === 'th' ? 'th-TH' : 'en-GB');
  return (
    <div class="table-wrap">
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.clusters.month}</th>
            <th scope="col" class="numeric">
              {t.clusters.received}
            </th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{m.month === marked ? <strong>{`${period(m.month)} (${markWord})`}</strong> : period(m.month)}</th>
              <td class="numeric">{m.month === marked ? <strong>{count(m.received)}</strong> : count(m.received)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
