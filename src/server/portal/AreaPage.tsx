import type { PortalArea } from '../../commands/publication/readPortalArea.ts';
import { formatDateTime } from '../../shared/buddhistEra.ts';
import { fiscalYearOfMonth, bangkokMonth } from '../../shared/fiscalYear.ts';
import { formatPeriod } from '../../shared/periods.ts';
import { ChoroplethMap } from './ChoroplethMap.tsx';
import type { PortalLocale } from './portalLocale.ts';
import { StoryList } from './StoryList.tsx';
import { FigureTable } from './FigureTable.tsx';

/** Where an area one level down links to on the portal. */
function areaHref(l: PortalLocale, kind: string, code: string, fiscalYear: number | undefined): string | null {
  if (kind === 'province') return l.href(`/portal/provinces/${code}`, { fiscalYear });
  if (kind === 'district') return l.href(`/portal/districts/${code}`, { fiscalYear });
  return null;
}

export function PeriodChooser({ l, path, fiscalYear, now }: { l: PortalLocale; path: string; fiscalYear: number; now: Date }) {
  const current = fiscalYearOfMonth(bangkokMonth(now));
  const years = [0, 1, 2, 3, 4].map((back) => current - back);
  return (
    <form method="get" action={path} class="portal-period">
      {l.lang === 'en' && <input type="hidden" name="lang" value="en" />}
      <label for="fiscalYear" class="portal-period__label">
        {l.t('ปีงบประมาณ', 'Fiscal year')}
      </label>
      <select id="fiscalYear" name="fiscalYear">
        {years.map((year) => (
          <option value={year} selected={year === fiscalYear} key={year}>
            {l.t(`พ.ศ. ${year}`, `${year} BE`)}
          </option>
        ))}
      </select>
      <button type="submit" class="portal-button">
        {l.t('แสดง', 'Show')}
      </button>
    </form>
  );
}

/**
 * A portal page of an area: headline figures, complaints by category and by month, the map and
 * table of the areas below, and the published stories. Figures are the public dashboards' own.
 */
export function AreaPage({ l, area, path, now }: { l: PortalLocale; area: PortalArea; path: string; now: Date }) {
  const { statistics } = area;
  const { totals } = statistics;
  const fiscalYear = statistics.period.fiscalYear ?? fiscalYearOfMonth(statistics.period.to);
  const chosenYear = statistics.period.fiscalYear === fiscalYearOfMonth(bangkokMonth(now)) ? undefined : fiscalYear;
  const childName = (child: { nameTh: string; nameEn: string | null }) => l.name(child.nameTh, child.nameEn);
  return (
    <>
      <PeriodChooser l={l} path={path} fiscalYear={fiscalYear} now={now} />
      <section aria-labelledby="headline">
        <h2 class="heading-m" id="headline">
          {l.t(`เรื่องร้องเรียน ปีงบประมาณ ${fiscalYear}`, `Complaints, fiscal year ${fiscalYear} BE`)}
        </h2>
        <dl class="portal-figures">
          <div>
            <dt>{l.t('ได้รับ', 'Received')}</dt>
            <dd>{l.number(totals.received)}</dd>
          </div>
          <div>
            <dt>{l.t('แก้ไขเสร็จ', 'Resolved')}</dt>
            <dd>{l.number(totals.resolved)}</dd>
          </div>
          <div>
            <dt>{l.t('อัตราการแก้ไข', 'Resolution rate')}</dt>
            <dd>{l.percent(totals.resolutionRate)}</dd>
          </div>
          <div>
            <dt>{l.t('กำลังดำเนินการ', 'In progress')}</dt>
            <dd>{l.number(totals.inProgress)}</dd>
          </div>
        </dl>
        {statistics.asOf && (
          <p class="caption">
            {l.t('ข้อมูล ณ ', 'Figures as of ')}
            {formatDateTime(statistics.asOf, l.lang)}
          </p>
        )}
      </section>

      {statistics.areas.length > 0 && (
        <section aria-labelledby="areas">
          <h2 class="heading-m" id="areas">
            {l.t('แยกตามพื้นที่', 'By area')}
          </h2>
          <div class="portal-map-and-table">
            {area.map && (
              <ChoroplethMap
                l={l}
                map={area.map}
                areas={statistics.areas.map((child) => ({ code: child.code, name: childName(child), received: child.received }))}
              />
            )}
            <FigureTable
              caption={l.t('เรื่องร้องเรียนแยกตามพื้นที่', 'Complaints by area')}
              columns={[l.t('พื้นที่', 'Area'), l.t('ได้รับ', 'Received'), l.t('แก้ไขเสร็จ', 'Resolved'), l.t('อัตรา', 'Rate')]}
              rows={statistics.areas.map((child) => {
                const href = areaHref(l, child.kind, child.code, chosenYear);
                return {
                  key: child.code,
                  head: href ? <a href={href}>{childName(child)}</a> : childName(child),
                  cells: [l.number(child.received), l.number(child.resolved), l.percent(child.resolutionRate)],
                };
              })}
            />
          </div>
        </section>
      )}

      <section aria-labelledby="categories">
        <h2 class="heading-m" id="categories">
          {l.t('แยกตามประเภท', 'By category')}
        </h2>
        {statistics.byCategory.length === 0 ? (
          <p class="body">{l.t('ยังไม่มีเรื่องร้องเรียนในช่วงนี้', 'No complaints in this period yet.')}</p>
        ) : (
          <FigureTable
            caption={l.t('เรื่องร้องเรียนแยกตามประเภท', 'Complaints by category')}
            columns={[l.t('ประเภท', 'Category'), l.t('ได้รับ', 'Received'), l.t('แก้ไขเสร็จ', 'Resolved'), l.t('อัตรา', 'Rate')]}
            rows={statistics.byCategory.map((row) => ({
              key: row.key,
              head: l.name(row.nameTh, row.nameEn),
              cells: [l.number(row.received), l.number(row.resolved), l.percent(row.resolutionRate)],
            }))}
          />
        )}
      </section>

      <section aria-labelledby="months">
        <h2 class="heading-m" id="months">
          {l.t('แยกตามเดือน', 'By month')}
        </h2>
        <FigureTable
          caption={l.t('เรื่องร้องเรียนแยกตามเดือน', 'Complaints by month')}
          columns={[l.t('เดือน', 'Month'), l.t('ได้รับ', 'Received'), l.t('แก้ไขเสร็จ', 'Resolved')]}
          rows={statistics.byMonth.map((row) => ({
            key: row.month,
            head: formatPeriod(row.month, l.lang),
            cells: [l.number(row.received), l.number(row.resolved)],
          }))}
        />
      </section>

      <section aria-labelledby="stories">
        <h2 class="heading-m" id="stories">
          {l.t('เรื่องที่แก้ไขแล้วล่าสุด', 'Recently resolved complaints')}
        </h2>
        <StoryList l={l} stories={area.stories} />
      </section>
    </>
  );
}
