import '../../../styles/adminOrg.css';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { listPublicHolidays } from '../../../api/workingCalendar.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { takeFlash } from '../../../hooks/flash.ts';
import { useResource } from '../../../hooks/useResource.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';
import { Breadcrumbs } from '../../adminOrg/Breadcrumbs.tsx';
import type { PageProps } from '../../pageProps.ts';
import { buddhistYear, holidayDayText, thisYear } from './holidayDays.ts';
import { useWorkingCalendarWords } from './useWorkingCalendarWords.ts';

/** The Gregorian year `?year=` names (2026, or 2569 typed in the Buddhist era), or this year in Bangkok. */
export function yearFromQuery(text: string | undefined): number {
  const n = Number(text);
  if (!Number.isInteger(n)) return thisYear();
  if (n >= 2400 && n <= 3542) return n - 543;
  return n >= 1900 && n <= 2999 ? n : thisYear();
}

/**
 * `/admin/holidays?year=2026`: the year's public holidays, each with its Buddhist-era date and Thai day
 * name; a year chooser; adding, renaming and removing are their own pages. The note says what must be
 * checked each year, since no rule predicts the lunar and substitution days.
 */
export function HolidaysPage({ query }: PageProps) {
  const { locale } = useI18n();
  const words = useWorkingCalendarWords();
  const location = useLocation();
  const year = yearFromQuery(query['year']);
  const listed = useResource(() => listPublicHolidays(year), [year]);
  const [notice] = useState(takeFlash);
  const [chosen, setChosen] = useState(String(year));
  if (listed.error) return <LoadError error={listed.error} retry={listed.reload} />;
  const years = [...new Set([...(listed.data?.years ?? []), thisYear(), thisYear() + 1, year])].sort((a, b) => b - a);
  const number = (n: number) => n.toLocaleString(locale === 'th' ? 'th-TH' : 'en-GB');
  const onShow = (event: Event) => {
    event.preventDefault();
    location.route(`/admin/holidays?year=${chosen}`);
  };
  return (
    <div>
      <Breadcrumbs trail={[{ href: '/admin', text: words.breadcrumbAdmin }]} />
      {notice && <Notice text={notice} />}
      <PageHeading title={words.holidays.title} />
      <p class="lead">{words.holidays.lead}</p>
      <p class="body inset">
        <strong>{words.holidays.checkNoteTitle}:</strong> {words.holidays.checkNote}
      </p>
      <a class="button" href={`/admin/holidays/new?year=${year}`}>
        {words.holidays.add}
      </a>
      <form class="filters" onSubmit={onShow}>
        <SelectField
          id="year"
          label={words.holidays.year}
          value={chosen}
          onChange={setChosen}
          options={years.map((y) => ({ value: String(y), label: String(buddhistYear(y)) }))}
        />
        <button type="submit" class="button button--secondary">
          {words.holidays.show}
        </button>
      </form>
      {!listed.data ? (
        <Loading />
      ) : listed.data.items.length === 0 ? (
        <p class="body">{words.holidays.none(String(buddhistYear(year)))}</p>
      ) : (
        <>
          <h2 class="heading-m">{words.holidays.count(String(buddhistYear(year)), number(listed.data.items.length))}</h2>
          <ul class="org-list">
            {listed.data.items.map((holiday) => {
              const dayText = holidayDayText(holiday.day, locale);
              return (
                <li class="org-item" key={holiday.day}>
                  <h3 class="org-item__title">{dayText}</h3>
                  <p class="body" lang="th">
                    {holiday.nameTh}
                  </p>
                  <p class="org-item__meta" lang="en">
                    {holiday.nameEn}
                  </p>
                  <p class="org-item__actions">
                    <a href={`/admin/holidays/${holiday.day}/edit`}>
                      {words.holidays.change}
                      <span class="visually-hidden"> {dayText}</span>
                    </a>
                    {' · '}
                    <a href={`/admin/holidays/${holiday.day}/remove`}>
                      {words.holidays.remove}
                      <span class="visually-hidden"> {dayText}</span>
                    </a>
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
