import '../../styles/reports.css';
import '../../styles/league.css';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { query } from '../../api/client.ts';
import { getLeagueTable, type LeagueLevel, type LeagueRanking } from '../../api/league.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { leagueLevels, leagueRankings, staffOnlyRankings } from '../../../shared/league.ts';
import type { PageProps } from '../pageProps.ts';
import { LeagueEntries } from './LeagueEntries.tsx';
import { LeagueMethod } from './LeagueMethod.tsx';

const levelOf = (value: string | undefined): LeagueLevel => leagueLevels.find((level) => level === value) ?? 'province';
const rankingOf = (value: string | undefined): LeagueRanking => leagueRankings.find((ranking) => ranking === value) ?? 'resolution';
const yearOf = (value: string | undefined): number | undefined =>
  value && /^25[4-9][0-9]$|^2[67][0-9]{2}$/.test(value) ? Number(value) : undefined;

/**
 * `/league`: provinces, ministries or units ranked for a fiscal year, with the formula stated
 * above the table and the bodies with too few cases listed apart. Public; signed-in staff also
 * see directive acknowledgement and people helped, and may rank by them.
 */
export function LeagueTablePage({ query: params }: PageProps) {
  const { t, dateTime } = useI18n();
  const words = t.league;
  const location = useLocation();
  const { state } = useSession();
  const staff = state.status === 'signedIn';
  const level = levelOf(params['level']);
  const fiscalYear = yearOf(params['fiscalYear']);
  const asked = rankingOf(params['rankBy']);
  const rankBy = staff || !staffOnlyRankings.includes(asked) ? asked : 'resolution';
  const table = useResource(() => getLeagueTable({ level, fiscalYear, rankBy }), [level, fiscalYear, rankBy, staff]);
  const [chosenYear, setChosenYear] = useState(fiscalYear ? String(fiscalYear) : '');
  const [chosenRanking, setChosenRanking] = useState<string>(rankBy);
  const href = (next: { level?: string; fiscalYear?: string; rankBy?: string }) =>
    `/league${query({ level, fiscalYear, rankBy: rankBy === 'resolution' ? undefined : rankBy, ...next })}`;
  const data = table.data;
  const years = data ? [data.fiscalYear, data.fiscalYear - 1, data.fiscalYear - 2] : [];
  const rankings = leagueRankings.filter((ranking) => staff || !staffOnlyRankings.includes(ranking));
  return (
    <>
      <PageHeading title={words.title} />
      <p class="body">{words.lead}</p>
      <nav class="league-levels" aria-label={words.levelNav}>
        <ul>
          {leagueLevels.map((each) => (
            <li key={each}>
              <a href={href({ level: each })} aria-current={each === level ? 'page' : undefined}>
                {words.levels[each]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {data && (
        <form
          class="filters"
          onSubmit={(event) => {
            event.preventDefault();
            location.route(href({ fiscalYear: chosenYear, rankBy: chosenRanking === 'resolution' ? '' : chosenRanking }));
          }}
        >
          <label class="label" for="league-year">
            {words.fiscalYear}
          </label>
          <select
            class="select"
            id="league-year"
            value={chosenYear || String(data.fiscalYear)}
            onChange={(e) => setChosenYear(e.currentTarget.value)}
          >
            {years.map((year) => (
              <option key={year} value={String(year)}>
                {words.fiscalYearOption(year)}
              </option>
            ))}
          </select>{' '}
          <label class="label" for="league-rank-by">
            {words.rankBy}
          </label>
          <select class="select" id="league-rank-by" value={chosenRanking} onChange={(e) => setChosenRanking(e.currentTarget.value)}>
            {rankings.map((ranking) => (
              <option key={ranking} value={ranking}>
                {words.rankings[ranking]}
              </option>
            ))}
          </select>{' '}
          <button type="submit" class="button button--secondary">
            {words.show}
          </button>
        </form>
      )}
      {table.error ? (
        <LoadError error={table.error} retry={table.reload} inline />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <p class="body">
            {words.period(data.fiscalYear)}
            {data.asOf && <> · {words.asOf(dateTime(data.asOf))}</>}
          </p>
          {!data.staffFigures && <p class="body hint-inline">{words.staffOnly}</p>}
          <LeagueMethod method={data.method} />
          <h2 class="heading-m">{words.rankings[data.rankBy]}</h2>
          {data.ranked.length === 0 ? (
            <p class="body empty">{words.noneRanked}</p>
          ) : (
            <LeagueEntries
              table={data}
              entries={data.ranked}
              ranked
              caption={words.rankedCaption(words.levels[data.level] ?? '', data.fiscalYear, words.rankings[data.rankBy] ?? '')}
            />
          )}
          {data.notRanked.length > 0 && (
            <section aria-labelledby="league-not-ranked">
              <h2 class="heading-m" id="league-not-ranked">
                {words.notRankedTitle}
              </h2>
              <p class="body">{words.notRankedLead(data.method.minimumReceived)}</p>
              <LeagueEntries
                table={data}
                entries={data.notRanked}
                ranked={false}
                caption={words.notRankedCaption(words.levels[data.level] ?? '')}
              />
            </section>
          )}
        </>
      )}
    </>
  );
}
