import { useState } from 'preact/hooks';
import { formatPeriod } from '../../../shared/periods.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { RadioGroup } from '../RadioGroup.tsx';
import { fiscalYearMonths, monthsBetween, type PeriodChoice } from './period.ts';

const YEARS_OFFERED = 5;

/**
 * The period of a dashboard: a fiscal year (Buddhist era, the current one first) or a range of
 * whole months, every month named in the Buddhist era. Choosing sends the reader to the address
 * of that period, so a figure can be shared by its link.
 */
export function PeriodChooser(props: {
  shown: { from: string; to: string; fiscalYear: number | null };
  currentFiscalYear: number;
  currentMonth: string;
  onChoose(choice: PeriodChoice): void;
}) {
  const { shown, currentFiscalYear, currentMonth, onChoose } = props;
  const { t, locale } = useI18n();
  const words = t.statistics;
  const [mode, setMode] = useState<'year' | 'months'>(shown.fiscalYear === null ? 'months' : 'year');
  const [year, setYear] = useState(String(shown.fiscalYear ?? currentFiscalYear));
  const [from, setFrom] = useState(shown.from);
  const [to, setTo] = useState(shown.to);
  const years = Array.from({ length: YEARS_OFFERED }, (_, i) => currentFiscalYear - i);
  const months = monthsBetween(fiscalYearMonths(currentFiscalYear - YEARS_OFFERED + 1).from, currentMonth).reverse();
  const monthSelect = (id: string, label: string, value: string, set: (value: string) => void) => (
    <div class="form-group">
      <label class="label" for={id}>
        {label}
      </label>
      <select class="select" id={id} value={value} onChange={(event) => set(event.currentTarget.value)}>
        {months.map((month) => (
          <option key={month} value={month}>
            {formatPeriod(month, locale)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      class="period-chooser"
      onSubmit={(event) => {
        event.preventDefault();
        if (mode === 'year') onChoose({ fiscalYear: Number(year) });
        else onChoose(from <= to ? { from, to } : { from: to, to: from });
      }}
    >
      <RadioGroup
        id="period-mode"
        legend={words.period.legend}
        inline
        value={mode}
        onChange={(value) => setMode(value === 'months' ? 'months' : 'year')}
        options={[
          { value: 'year', label: words.period.byFiscalYear },
          { value: 'months', label: words.period.byMonths },
        ]}
      />
      <div class="period-chooser__fields">
        {mode === 'year' ? (
          <div class="form-group">
            <label class="label" for="period-year">
              {words.period.year}
            </label>
            <select class="select" id="period-year" value={year} onChange={(event) => setYear(event.currentTarget.value)}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {words.fiscalYear(y)}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <>
            {monthSelect('period-from', words.period.from, from, setFrom)}
            {monthSelect('period-to', words.period.to, to, setTo)}
          </>
        )}
        <button type="submit" class="button button--secondary">
          {words.period.show}
        </button>
      </div>
    </form>
  );
}
