import type { LeagueEntry, LeagueTable } from '../../api/league.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { count, percent } from './leagueFormat.ts';

interface Props {
  table: LeagueTable;
  entries: LeagueEntry[];
  caption: string;
  /** The ranked table has a rank column; the not-ranked list does not. */
  ranked: boolean;
}

/**
 * One table of bodies with their figures. Names are row headers and every column has a header with
 * `scope`, so a screen reader says "เชียงใหม่, แก้ไขเสร็จ, 90.0%"; the wrapper scrolls sideways on a
 * phone and can take focus, so the scrolled part is reachable from the keyboard.
 */
export function LeagueEntries({ table, entries, caption, ranked }: Props) {
  const { t, locale } = useI18n();
  const words = t.league.columns;
  const name = (entry: LeagueEntry) => (locale === 'en' && entry.nameEn ? entry.nameEn : entry.nameTh);
  const staff = table.staffFigures;
  return (
    <div class="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table class="table league-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {ranked && (
              <th scope="col" class="numeric">
                {words.rank}
              </th>
            )}
            <th scope="col">{words.name}</th>
            <th scope="col" class="numeric">
              {words.received}
            </th>
            <th scope="col" class="numeric">
              {words.resolutionRate}
            </th>
            <th scope="col" class="numeric">
              {words.score}
            </th>
            <th scope="col" class="numeric">
              {words.acknowledgement}
            </th>
            <th scope="col" class="numeric">
              {words.reopened}
            </th>
            {staff && (
              <th scope="col" class="numeric">
                {words.directiveAcknowledgement}
              </th>
            )}
            {staff && (
              <th scope="col" class="numeric">
                {words.peopleHelped}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.code}>
              {ranked && <td class="numeric">{entry.rank}</td>}
              <th scope="row">{name(entry)}</th>
              <td class="numeric">{count(entry.received, locale)}</td>
              <td class="numeric">{percent(entry.resolution.rate, locale)}</td>
              <td class="numeric">
                <strong>{percent(entry.resolution.score, locale)}</strong>
              </td>
              <td class="numeric">
                <Adjusted rate={entry.acknowledgement.rate} score={entry.acknowledgement.score} />
              </td>
              <td class="numeric">{count(entry.reopened, locale)}</td>
              {staff && (
                <td class="numeric">
                  <Adjusted rate={entry.directiveAcknowledgement?.rate ?? null} score={entry.directiveAcknowledgement?.score ?? null} />
                </td>
              )}
              {staff && <td class="numeric">{count(entry.peopleHelped, locale)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A rate with its volume-adjusted score beneath it. */
function Adjusted({ rate, score }: { rate: number | null; score: number | null }) {
  const { t, locale } = useI18n();
  if (rate === null) return <>{t.league.none}</>;
  return (
    <>
      {percent(rate, locale)}
      <br />
      <span class="hint-inline">{t.league.adjusted(percent(score, locale))}</span>
    </>
  );
}
