import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ClusterView } from '../../../shared/api/clusters.ts';
import { formatPeriod } from '../../../shared/periods.ts';
import type { ApiError } from '../../api/client.ts';
import { listClusters, raiseCluster } from '../../api/clusters.ts';
import { EvidenceTable } from '../../components/clusters/EvidenceTable.tsx';
import { MonthTable } from '../../components/clusters/MonthTable.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Tag } from '../../components/StatusTag.tsx';
import { setFlash } from '../../hooks/flash.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { PageProps } from '../pageProps.ts';
import '../../styles/reports.css';

/**
 * The delivery unit's list of complaint clusters (issue #11 item 7): each rise stated in one
 * sentence with its months and its complaints, and the button that raises it into a directive.
 */
export function ClusterListPage(_props: PageProps) {
  const { t, locale } = useI18n();
  const words = t.clusters;
  const location = useLocation();
  const loaded = useResource(() => listClusters(), []);
  const [failure, setFailure] = useState<{ error: ApiError; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const raise = async (cluster: ClusterView) => {
    if (busy) return;
    setBusy(true);
    try {
      const created = await raiseCluster({
        districtCode: cluster.district.code,
        categoryCode: cluster.category.code,
        month: cluster.month,
      });
      setFlash(words.raisedFlash(created.ref));
      location.route(`/cases/${created.id}`);
    } catch (error) {
      setFailure((current) => ({ error: error as ApiError, attempt: (current?.attempt ?? 0) + 1 }));
      setBusy(false);
    }
  };

  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const { rule, months, clusters } = loaded.data;
  return (
    <>
      {failure && <ErrorSummary errors={[]} message={failure.error.text(locale)} attempt={failure.attempt} />}
      <PageHeading title={words.title} />
      <p class="body">{words.lead}</p>
      <p class="body inset">{words.rule(rule)}</p>
      {clusters.length === 0 ? (
        <p class="body">{words.empty}</p>
      ) : (
        clusters.map((cluster, index) => (
          <ClusterCard
            key={`${cluster.district.code}-${cluster.category.code}-${cluster.month}`}
            cluster={cluster}
            index={index}
            current={cluster.month === months[0]}
            busy={busy}
            onRaise={raise}
          />
        ))
      )}
    </>
  );
}

function ClusterCard(props: { cluster: ClusterView; index: number; current: boolean; busy: boolean; onRaise(cluster: ClusterView): void }) {
  const { cluster, index, current } = props;
  const { t, locale, name } = useI18n();
  const words = t.clusters;
  const number = (n: number, digits = 0) => n.toLocaleString(locale === 'th' ? 'th-TH' : 'en-GB', { maximumFractionDigits: digits });
  const place = `${name(cluster.district.name)} ${name(cluster.province.name)}`;
  const headingId = `cluster-${index}`;
  const oneIn = cluster.probability > 1e-6 ? number(Math.round(1 / cluster.probability)) : null;
  return (
    <section class="report-card" aria-labelledby={headingId}>
      <h2 class="heading-m" id={headingId}>
        {place} · {name(cluster.category.name)} · {formatPeriod(cluster.month, locale)}
      </h2>
      <p class="body">
        {words.sentence({
          period: formatPeriod(cluster.month, locale),
          current,
          district: name(cluster.district.name),
          province: name(cluster.province.name),
          category: name(cluster.category.name),
          count: number(cluster.received),
          months: cluster.trend.length - 1,
          mean: number(cluster.baselineMean, 1),
        })}
      </p>
      <p class="tags">
        <Tag tone="red">{cluster.ratio === null ? words.newProblem : words.ratio(number(cluster.ratio, 1))}</Tag>{' '}
        <span class="hint-inline">{words.chance(oneIn)}</span>
      </p>
      <MonthTable months={cluster.trend} marked={cluster.month} markWord={words.riseMonth} caption={words.trendCaption(place)} />
      <EvidenceTable items={cluster.evidence} caption={words.evidence(cluster.evidence.length, cluster.received)} />
      {cluster.directive ? (
        <p class="body">
          <a href={`/cases/${cluster.directive.id}`}>{words.raised(cluster.directive.ref)}</a>
        </p>
      ) : (
        <div class="button-group">
          <button
            type="button"
            class="button"
            aria-busy={props.busy || undefined}
            disabled={props.busy}
            onClick={() => props.onRaise(cluster)}
          >
            {words.raise}
            <span class="visually-hidden">{` (${place}, ${name(cluster.category.name)})`}</span>
          </button>
        </div>
      )}
    </section>
  );
}
