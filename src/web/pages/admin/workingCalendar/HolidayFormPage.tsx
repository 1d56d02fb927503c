import '../../../styles/adminOrg.css';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { addPublicHoliday, listPublicHolidays, renamePublicHoliday, type PublicHolidayView } from '../../../api/workingCalendar.ts';
import { DateField } from '../../../components/DateField.tsx';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { dateProblemText, emptyDate, readDate, type DateParts } from '../../../forms/dates.ts';
import type { FormError } from '../../../forms/formErrors.ts';
import { setFlash } from '../../../hooks/flash.ts';
import { useFormSubmit } from '../../../hooks/useFormSubmit.ts';
import { useResource } from '../../../hooks/useResource.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';
import type { PageProps } from '../../pageProps.ts';
import { holidayDayText } from './holidayDays.ts';
import { useWorkingCalendarWords } from './useWorkingCalendarWords.ts';

/** `NAME_MAX` of the API's shapes (a value there would bring TypeBox into the browser). */
const NAME_MAX = 300;

const listOf = (day: string) => `/admin/holidays?year=${day.slice(0, 4)}`;

/** The form of a holiday: its day (only when adding: the day is its key) and its Thai and English names. */
function HolidayForm({ holiday, backTo }: { holiday: PublicHolidayView | null; backTo: string }) {
  const { t, locale } = useI18n();
  const words = useWorkingCalendarWords().holidays;
  const location = useLocation();
  const submit = useFormSubmit();
  const [day, setDay] = useState<DateParts>(emptyDate);
  const [nameTh, setNameTh] = useState(holiday?.nameTh ?? '');
  const [nameEn, setNameEn] = useState(holiday?.nameEn ?? '');

  const validate = (): FormError[] => {
    const errors: FormError[] = [];
    if (!holiday) {
      const reading = readDate(day);
      if (!reading.ok) errors.push({ field: 'day', text: dateProblemText(reading.problem, t.forms) });
      else if (!reading.iso) errors.push({ field: 'day', text: words.chooseDay });
    }
    for (const [field, value, empty] of [
      ['nameTh', nameTh, words.enterNameTh],
      ['nameEn', nameEn, words.enterNameEn],
    ] as const) {
      if (!value.trim()) errors.push({ field, text: empty });
      else if ([...value.trim()].length > NAME_MAX) errors.push({ field, text: words.nameTooLong });
    }
    return errors;
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit.submit(validate, async () => {
      const names = { nameTh: nameTh.trim(), nameEn: nameEn.trim() };
      if (holiday) {
        await renamePublicHoliday(holiday.day, names);
        setFlash(words.changed(holidayDayText(holiday.day, locale)));
        location.route(listOf(holiday.day));
      } else {
        const reading = readDate(day);
        const iso = reading.ok ? reading.iso! : '';
        await addPublicHoliday({ day: iso, ...names });
        setFlash(words.added(holidayDayText(iso, locale)));
        location.route(listOf(iso));
      }
    });
  };
  const text = (field: 'nameTh' | 'nameEn', set: (value: string) => void) => (value: string) => {
    set(value);
    submit.clearError(field);
  };
  return (
    <>
      <ErrorSummary errors={submit.errors} message={submit.message} attempt={submit.attempt} />
      <form onSubmit={onSubmit} noValidate>
        {holiday ? (
          <p class="body">{words.dayFixed}</p>
        ) : (
          <DateField
            id="day"
            legend={words.dayLegend}
            value={day}
            onChange={(value) => {
              setDay(value);
              submit.clearError('day');
            }}
            error={submit.errorFor('day')}
          />
        )}
        <TextField
          id="nameTh"
          label={words.nameTh}
          hint={words.nameThHint}
          value={nameTh}
          onInput={text('nameTh', setNameTh)}
          error={submit.errorFor('nameTh')}
        />
        <TextField
          id="nameEn"
          label={words.nameEn}
          hint={words.nameEnHint}
          value={nameEn}
          onInput={text('nameEn', setNameEn)}
          error={submit.errorFor('nameEn')}
        />
        <div class="button-group">
          <button type="submit" class="button" disabled={submit.busy}>
            {words.save}
          </button>
          <a class="link-secondary" href={backTo}>
            {t.cancel}
          </a>
        </div>
      </form>
    </>
  );
}

/** `/admin/holidays/new`: add a holiday (a special holiday the Cabinet announces, next year's lunar days). */
export function NewHolidayPage({ query }: PageProps) {
  const words = useWorkingCalendarWords().holidays;
  const backTo = query['year'] ? `/admin/holidays?year=${encodeURIComponent(query['year'])}` : '/admin/holidays';
  return (
    <div class="narrow">
      <a class="back-link" href={backTo}>
        {words.title}
      </a>
      <PageHeading title={words.newTitle} />
      <HolidayForm holiday={null} backTo={backTo} />
    </div>
  );
}

/** The holiday a page's `:day` names, from its year's list, or a load error or a "not found". */
export function useHoliday(params: PageProps['params']) {
  const day = params['day'] ?? '';
  const year = Number(day.slice(0, 4));
  const listed = useResource(() => listPublicHolidays(Number.isInteger(year) ? year : null), [year]);
  return { listed, holiday: listed.data?.items.find((item) => item.day === day) };
}

/** `/admin/holidays/:day/edit`: change a holiday's Thai and English names. */
export function EditHolidayPage({ params }: PageProps) {
  const { t, locale } = useI18n();
  const words = useWorkingCalendarWords().holidays;
  const { listed, holiday } = useHoliday(params);
  if (listed.error) return <LoadError error={listed.error} retry={listed.reload} />;
  if (!listed.data) return <Loading />;
  const backTo = listOf(params['day'] ?? '');
  return (
    <div class="narrow">
      <a class="back-link" href={backTo}>
        {words.title}
      </a>
      {holiday ? (
        <>
          <PageHeading title={words.editTitle} caption={holidayDayText(holiday.day, locale)} />
          <HolidayForm holiday={holiday} backTo={backTo} />
        </>
      ) : (
        <>
          <PageHeading title={t.notFoundTitle} />
          <p class="body">{words.notFound}</p>
        </>
      )}
    </div>
  );
}
