import { getComplaintStatistics, getZonePicture } from '../../api/picture.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ReachCell, StandingCells, useCount } from '../../components/picture/TallyCells.tsx';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { ComplaintFigures } from '../../../shared/api/statistics.ts';
import { bangkokMonth, fiscalYearOfMonth } from '../../../shared/fiscalYear.ts';
import type { PageProps } from '../pageProps.ts';
import '../../styles/picture.css';
import '../../styles/reports.css';

/** A resolution rate as a whole percentage with one decimal, or a dash when nothing was received. */
function percent(rate: number | null, locale: string): string {
  return rate === null ? '—' : `${(rate * 100).toLocaleString(locale === 'th' ? 'th-TH' : 'en-GB', { maximumFractionDigits: 1 })}%`;
}

/**
 * One inspection zone, the deputy PM's view (seed 003): each province's complaints in the fiscal
 * year (from the complaint statistics API) beside the live directives reaching units there.
 * The directives' half stands on its own if the statistics cannot be read.
 */
export function ZonePage({ params, query }: PageProps) {
  const { t, name, locale, dateTime } = useI18n();
  const count = useCount();
  const words = t.picture.zone;
  const columns = t.picture.columns;
  const number = Number(params.number);
  const fiscalYear = /^\d{4}$/.test(query.fiscalYear ?? '') ? Number(query.fiscalYear) : fiscalYearOfMonth(bangkokMonth(new Date()));
  const zone = useResource(() => getZonePicture(number), [number]);
  const complaints = useResource(() => getComplaintStatistics(`zone:${number}`, fiscalYear), [number, fiscalYear]);
  if (zone.error) return <LoadError error={zone.error} retry={zone.reload} />;
  if (!zone.data || complaints.loading) return <Loading />;
  const picture = zone.data;
  const byProvince = new Map<string, ComplaintFigures>((complaints.data?.areas ?? []).map((area) => [area.code, area]));
  const figure = (code: string, pick: (f: ComplaintFigures) => string) => {
    const figures = byProvince.get(code);
    return figures ? pick(figures) : '—';
  };
  return (
    <>
      <PageHeading
        title={name({ th: picture.zone.nameTh, en: picture.zone.nameEn ?? picture.zone.nameTh })}
        caption={words.fiscalYear(fiscalYear)}
      />
      <p class="lead">{words.lead}</p>
      {complaints.error && <p class="body">{words.complaintsUnavailable}</p>}
      {/* A region with a name and a tab stop, so a keyboard can scroll the wide table on a phone (WCAG 2.1.1). */}
      <div class="table-wrap" tabIndex={0} role="region" aria-label={words.fiscalYear(fiscalYear)}>
        <table class="table">
          <caption>
            {words.fiscalYear(fiscalYear)} · {words.asOf(dateTime(picture.asOf))}
          </caption>
          <thead>
            <tr>
              <td />
              <th scope="colgroup" colSpan={4}>
                {words.complaints}
              </th>
              <th scope="colgroup" colSpan={5} class="group-start">
                {words.directives}
              </th>
            </tr>
            <tr>
              <th scope="col">{columns.province}</th>
              <th scope="col" class="numeric">
                {words.received}
              </th>
              <th scope="col" class="numeric">
                {words.resolved}
              </th>
              <th scope="col" class="numeric">
                {words.rate}
              </th>
              <th scope="col" class="numeric">
                {columns.overdue}
              </th>
              <th scope="col" class="numeric group-start">
                {columns.cases}
              </th>
              <th scope="col" class="numeric">
                {columns.reach}
              </th>
              <th scope="col">{columns.rag}</th>
              <th scope="col" class="numeric">
                {columns.overdue}
              </th>
              <th scope="col" class="numeric">
                {columns.help}
              </th>
            </tr>
          </thead>
          <tbody>
            {picture.provinces.map((province) => (
              <tr key={province.code}>
                <th scope="row">{name({ th: province.nameTh, en: province.nameEn ?? province.nameTh })}</th>
                <td class="numeric">{figure(province.code, (f) => count(f.received))}</td>
                <td class="numeric">{figure(province.code, (f) => count(f.resolved))}</td>
                <td class="numeric">{figure(province.code, (f) => percent(f.resolutionRate, locale))}</td>
                <td class="numeric">{figure(province.code, (f) => count(f.overdue))}</td>
                <td class="numeric group-start">{count(province.cases)}</td>
                <ReachCell tally={province} />
                <StandingCells tally={province} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="body">
        <a href="/zones">{words.allZones}</a>
      </p>
    </>
  );
}
