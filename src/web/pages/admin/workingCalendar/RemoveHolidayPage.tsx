import '../../../styles/adminOrg.css';
import { useLocation } from 'preact-iso';
import { removePublicHoliday } from '../../../api/workingCalendar.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { setFlash } from '../../../hooks/flash.ts';
import { useFormSubmit } from '../../../hooks/useFormSubmit.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';
import type { PageProps } from '../../pageProps.ts';
import { useHoliday } from './HolidayFormPage.tsx';
import { holidayDayText } from './holidayDays.ts';
import { useWorkingCalendarWords } from './useWorkingCalendarWords.ts';

/** `/admin/holidays/:day/remove`: the holiday, what removing it means for deadlines, and the one button that does it. */
export function RemoveHolidayPage({ params }: PageProps) {
  const { t, locale } = useI18n();
  const words = useWorkingCalendarWords().holidays;
  const location = useLocation();
  const submit = useFormSubmit();
  const { listed, holiday } = useHoliday(params);
  if (listed.error) return <LoadError error={listed.error} retry={listed.reload} />;
  if (!listed.data) return <Loading />;
  const backTo = `/admin/holidays?year=${(params['day'] ?? '').slice(0, 4)}`;
  const back = (
    <a class="back-link" href={backTo}>
      {words.title}
    </a>
  );
  if (!holiday) {
    return (
      <div class="narrow">
        {back}
        <PageHeading title={t.notFoundTitle} />
        <p class="body">{words.notFound}</p>
      </div>
    );
  }
  const dayText = holidayDayText(holiday.day, locale);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit.submit(
      () => [],
      async () => {
        await removePublicHoliday(holiday.day);
        setFlash(words.removed(dayText));
        location.route(backTo);
      },
    );
  };
  return (
    <div class="narrow">
      {back}
      <ErrorSummary errors={submit.errors} message={submit.message} attempt={submit.attempt} />
      <PageHeading title={words.removeTitle(dayText)} />
      <p class="lead">
        <span lang="th">{holiday.nameTh}</span> · <span lang="en">{holiday.nameEn}</span>
      </p>
      <p class="body">{words.removeLead}</p>
      <form onSubmit={onSubmit} noValidate>
        <div class="button-group">
          <button type="submit" class="button button--warning" disabled={submit.busy}>
            {words.removeSubmit}
          </button>
          <a class="link-secondary" href={backTo}>
            {t.cancel}
          </a>
        </div>
      </form>
    </div>
  );
}
