import { useMemo } from 'preact/hooks';
import type { DateParts } from '../forms/dates.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { describedBy, ErrorMessage } from './FormGroup.tsx';

interface Props {
  id: string;
  legend: string;
  value: DateParts;
  onChange(value: DateParts): void;
  error?: string | undefined;
  optional?: boolean;
}

/** Day, month (by name) and Buddhist-era year, as Thai letters write a date; the day input carries the id. */
export function DateField({ id, legend, value, onChange, error, optional }: Props) {
  const { t, locale } = useI18n();
  const months = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale === 'th' ? 'th-TH' : 'en-GB', { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, index) => format.format(new Date(Date.UTC(2000, index, 1))));
  }, [locale]);
  const set = (part: keyof DateParts) => (event: Event) => onChange({ ...value, [part]: (event.currentTarget as HTMLInputElement).value });
  const invalid = error ? ' input--error' : '';

  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset class="fieldset" role="group" aria-describedby={describedBy(id, true, error)}>
        <legend class="fieldset__legend">
          {legend}
          {optional && <span class="label__optional"> {t.optional}</span>}
        </legend>
        <div class="hint" id={`${id}-hint`}>
          {t.forms.dueDateHint}
        </div>
        {error && <ErrorMessage id={id} text={error} />}
        <div class="date-input">
          <div class="date-input__item">
            <label class="label label--small" for={id}>
              {t.forms.day}
            </label>
            <input
              class={`input input--day${invalid}`}
              id={id}
              name={`${id}-day`}
              inputMode="numeric"
              maxLength={2}
              value={value.day}
              onInput={set('day')}
            />
          </div>
          <div class="date-input__item">
            <label class="label label--small" for={`${id}-month`}>
              {t.forms.month}
            </label>
            <select class={`select${invalid}`} id={`${id}-month`} name={`${id}-month`} value={value.month} onChange={set('month')}>
              <option value="">{t.forms.chooseMonth}</option>
              {months.map((name, index) => (
                <option key={name} value={String(index + 1)}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div class="date-input__item">
            <label class="label label--small" for={`${id}-year`}>
              {t.forms.year}
            </label>
            <input
              class={`input input--year${invalid}`}
              id={`${id}-year`}
              name={`${id}-year`}
              inputMode="numeric"
              maxLength={4}
              value={value.year}
              onInput={set('year')}
            />
          </div>
        </div>
      </fieldset>
    </div>
  );
}
