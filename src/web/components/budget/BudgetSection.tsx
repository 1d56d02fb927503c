import type { BudgetAmounts, BudgetYearView } from '../../../shared/api/budget.ts';
import { formatPeriod } from '../../../shared/periods.ts';
import { getBudget } from '../../api/budgetEndpoints.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import '../../styles/reports.css';
import { LoadError } from '../LoadError.tsx';
import { Loading } from '../Loading.tsx';
import { SummaryList } from '../SummaryList.tsx';

/** Baht with satang, people and rates in the reader's language (Thai digits stay Arabic, as government reports print them). */
function useNumbers() {
  const { locale } = useI18n();
  const tag = locale === 'th' ? 'th-TH' : 'en-GB';
  return {
    baht: (value: number) => value.toLocaleString(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    count: (value: number) => value.toLocaleString(tag, { maximumFractionDigits: 2 }),
    rate: (value: number | null) =>
      value === null ? '—' : `${value.toLocaleString(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`,
  };
}

function AmountCells({ amounts }: { amounts: BudgetAmounts }) {
  const n = useNumbers();
  return (
    <>
      <td class="numeric">{n.baht(amounts.allocated)}</td>
      <td class="numeric">{n.baht(amounts.committed)}</td>
      <td class="numeric">{n.baht(amounts.disbursed)}</td>
      <td class="numeric">{n.rate(amounts.disbursementRate)}</td>
    </>
  );
}

/** One fiscal year: the totals in words, cost per person helped, and the table of lines with its total row. */
function BudgetYear({ year }: { year: BudgetYearView }) {
  const { t, locale, name, dateTime } = useI18n();
  const words = t.budget;
  const n = useNumbers();
  const headingId = `budget-${year.fiscalYear}`;
  const table = (
    <div class="table-wrap" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
      <table class="table">
        <caption id={`${headingId}-caption`}>{words.tableCaption(year.fiscalYear)}</caption>
        <thead>
          <tr>
            <th scope="col">{words.place}</th>
            <th scope="col" class="numeric">
              {words.allocated}
            </th>
            <th scope="col" class="numeric">
              {words.committed}
            </th>
            <th scope="col" class="numeric">
              {words.disbursed}
            </th>
            <th scope="col" class="numeric">
              {words.rate}
            </th>
          </tr>
        </thead>
        <tbody>
          {year.lines.map((line) => (
            <tr key={`${line.province?.code ?? ''}|${line.unit?.code ?? ''}`}>
              <th scope="row">
                {[line.province && name(line.province.name), line.unit && name(line.unit.name)].filter(Boolean).join(' · ')}
              </th>
              <AmountCells amounts={line.amounts} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{words.total}</th>
            <AmountCells amounts={year.totals} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
  return (
    <section aria-labelledby={headingId}>
      <h4 class="heading-s" id={headingId}>
        {words.fiscalYear(year.fiscalYear)}
      </h4>
      <SummaryList
        rows={[
          { key: words.allocated, value: words.baht(n.baht(year.totals.allocated)) },
          { key: words.committed, value: words.baht(n.baht(year.totals.committed)) },
          { key: words.disbursed, value: words.baht(n.baht(year.totals.disbursed)) },
          { key: words.rate, value: n.rate(year.totals.disbursementRate) },
        ]}
      />
      <p class="body">
        <strong>{words.costTitle}</strong>
      </p>
      {year.costPerPerson.length === 0 ? (
        <p class="body">{words.noCost}</p>
      ) : (
        <ul class="body">
          {year.costPerPerson.map((cost) => (
            <li key={cost.indicatorId}>
              {words.costLine(
                name(cost.indicator),
                n.count(cost.peopleHelped),
                formatPeriod(cost.period, locale),
                n.baht(cost.costPerPerson),
              )}
            </li>
          ))}
        </ul>
      )}
      <p class="body hint-inline">{words.costRule}</p>
      {year.lines.length > 12 ? (
        <details class="details">
          <summary class="details__summary">{words.tableCaption(year.fiscalYear)}</summary>
          {table}
        </details>
      ) : (
        table
      )}
      <p class="body hint-inline">{words.source(year.sourceFile, dateTime(year.importedAt), year.importedBy)}</p>
    </section>
  );
}

/**
 * The case page's budget, beside the indicators (seed 003: tell people how the
 * budget is spent): per fiscal year, newest first, what was allocated,
 * committed and disbursed, the disbursement rate and the cost per person helped.
 */
export function BudgetSection({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const words = t.budget;
  const loaded = useResource(() => getBudget(caseId), [caseId]);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const budget = loaded.data;
  return (
    <section aria-labelledby="budget-title">
      <h3 class="heading-s" id="budget-title">
        {words.title}
      </h3>
      <p class="body">{words.lead}</p>
      {budget.canImport && (
        <ul class="link-list">
          <li>
            <a href={`/cases/${caseId}/budget/import`}>{words.import}</a>
          </li>
        </ul>
      )}
      {budget.years.length === 0 ? (
        <p class="body">{words.none}</p>
      ) : (
        budget.years.map((year) => <BudgetYear key={year.fiscalYear} year={year} />)
      )}
    </section>
  );
}
