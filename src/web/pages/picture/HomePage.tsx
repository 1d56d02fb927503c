import { getNationalPicture } from '../../api/picture.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ComplaintHeadline } from '../../components/picture/ComplaintHeadline.tsx';
import { CaseTable } from '../../components/picture/PictureTables.tsx';
import { useCount } from '../../components/picture/TallyCells.tsx';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { InboxPage } from '../InboxPage.tsx';
import '../../styles/picture.css';
import '../../styles/reports.css';

/** How many cases the home page lists before pointing to the whole picture. */
const ATTENTION_ROWS = 5;

/**
 * The home page: for the delivery unit and other national roles, the national picture (issue 11,
 * item 4: "not a raw inbox"), with the inbox one click away at /inbox; for everyone else, their
 * unit's inbox, as before.
 */
export function HomePage() {
  const { session } = useSession();
  return session.permissions.nationalReach ? <NationalHome /> : <InboxPage />;
}

function NationalHome() {
  const { t } = useI18n();
  const words = t.picture.home;
  const count = useCount();
  const loaded = useResource(getNationalPicture, []);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const { totals, cases } = loaded.data;
  const figures = [
    { label: words.live, value: count(totals.cases), alert: false },
    { label: words.reach, value: totals.reachPercent === null ? '—' : `${totals.reachPercent}%`, alert: false },
    { label: words.red, value: count(totals.byRag.red), alert: totals.byRag.red > 0 },
    { label: words.help, value: count(totals.helpNeeded), alert: totals.helpNeeded > 0 },
    { label: words.overdue, value: count(totals.overdue), alert: totals.overdue > 0 },
    {
      label: words.indicators,
      value: words.indicatorsOf(totals.indicatorsOffTrack, totals.indicatorsOnTrack + totals.indicatorsOffTrack),
      alert: totals.indicatorsOffTrack > 0,
    },
  ];
  return (
    <>
      <PageHeading title={words.title} />
      <p class="lead">{words.lead}</p>
      <ul class="headline-figures">
        {figures.map((figure) => (
          <li key={figure.label} class={`headline-figure${figure.alert ? ' headline-figure--alert' : ''}`}>
            <span class="headline-figure__value">{figure.value}</span>
            <span class="headline-figure__label">{figure.label}</span>
          </li>
        ))}
      </ul>
      {cases.length === 0 ? (
        <p class="body">{t.picture.picture.empty}</p>
      ) : (
        <CaseTable cases={cases.slice(0, ATTENTION_ROWS)} caption={words.attention} />
      )}
      <ComplaintHeadline />
      <h2 class="heading-m">{words.where}</h2>
      <ul class="link-list">
        <li>
          <a href="/picture">{words.links.picture}</a>
        </li>
        <li>
          <a href="/statistics">{words.links.statistics}</a>
        </li>
        <li>
          <a href="/league">{words.links.league}</a>
        </li>
        <li>
          <a href="/zones">{words.links.zones}</a>
        </li>
        <li>
          <a href="/inbox">{words.links.inbox}</a>
        </li>
      </ul>
    </>
  );
}
