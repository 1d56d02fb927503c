import type { MinistryTally, PictureCase, ZoneTally } from '../../../shared/api/nationalPicture.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { ConfidenceTag } from '../reports/RatingTags.tsx';
import { ReachCell, StandingCells, useCount } from './TallyCells.tsx';

function StandingHeaders() {
  const { t } = useI18n();
  const c = t.picture.columns;
  return (
    <>
      <th scope="col" class="numeric">
        {c.reach}
      </th>
      <th scope="col">{c.rag}</th>
      <th scope="col" class="numeric">
        {c.overdue}
      </th>
      <th scope="col" class="numeric">
        {c.help}
      </th>
    </>
  );
}

/** Live cases, those needing attention first: reach, RAG, confidence, overdue, help and indicators against trajectory. */
export function CaseTable({ cases, caption }: { cases: readonly PictureCase[]; caption: string }) {
  const { t } = useI18n();
  const c = t.picture.columns;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.case}</th>
            <StandingHeaders />
            <th scope="col">{c.confidence}</th>
            <th scope="col">{c.indicators}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((kase) => (
            <tr key={kase.id}>
              <th scope="row">
                <a href={`/cases/${kase.id}`}>{kase.title}</a>
                <br />
                <span class="hint-inline">
                  {kase.ref} · {t.caseKind[kase.kind]}
                </span>
              </th>
              <ReachCell tally={kase} />
              <StandingCells tally={kase} />
              <td>
                <ConfidenceTag confidence={kase.confidence} />
              </td>
              <td>
                {kase.indicators.onTrack + kase.indicators.offTrack === 0
                  ? '—'
                  : t.picture.indicatorStanding(kase.indicators.onTrack, kase.indicators.offTrack)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The ministries of the assigned units, most assignments first. */
export function MinistryTable({ rows }: { rows: readonly MinistryTally[] }) {
  const { t, name } = useI18n();
  const count = useCount();
  const c = t.picture.columns;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={t.picture.picture.byMinistry}>
      <table class="table">
        <caption>{t.picture.picture.byMinistry}</caption>
        <thead>
          <tr>
            <th scope="col">{c.ministry}</th>
            <th scope="col" class="numeric">
              {c.cases}
            </th>
            <StandingHeaders />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{name({ th: row.nameTh, en: row.nameEn ?? row.nameTh })}</th>
              <td class="numeric">{count(row.cases)}</td>
              <ReachCell tally={row} />
              <StandingCells tally={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every inspection zone in number order, each a link to its page. */
export function ZoneTable({ rows, caption }: { rows: readonly ZoneTally[]; caption: string }) {
  const { t, name } = useI18n();
  const count = useCount();
  const c = t.picture.columns;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.zone}</th>
            <th scope="col" class="numeric">
              {c.provinces}
            </th>
            <th scope="col" class="numeric">
              {c.cases}
            </th>
            <StandingHeaders />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <a href={`/zones/${row.number}`}>{name({ th: row.nameTh, en: row.nameEn ?? row.nameTh })}</a>
              </th>
              <td class="numeric">{count(row.provinceCount)}</td>
              <td class="numeric">{count(row.cases)}</td>
              <ReachCell tally={row} />
              <StandingCells tally={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
