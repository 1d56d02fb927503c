import { getOverview, stocktakeUrl } from '../../api/reportEndpoints.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ConfidenceTag, RagTag } from '../../components/reports/RatingTags.tsx';
import { Tag } from '../../components/StatusTag.tsx';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import '../../styles/reports.css';

/** The delivery unit's overview of priorities: where each stands and who needs help, those needing attention first. */
export function OverviewPage() {
  const { t, locale } = useI18n();
  const words = t.reports.overview;
  const loaded = useResource(() => getOverview(), []);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const items = loaded.data.items;
  const count = (n: number) => n.toLocaleString(locale === 'th' ? 'th-TH' : 'en-GB');
  return (
    <>
      <PageHeading title={words.title} />
      <p class="body">{words.lead}</p>
      {items.length === 0 ? (
        <p class="body">{words.empty}</p>
      ) : (
        <>
          <div class="table-wrap">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{words.policy}</th>
                  <th scope="col">{words.rag}</th>
                  <th scope="col">{words.confidence}</th>
                  <th scope="col" class="numeric">
                    {words.reach}
                  </th>
                  <th scope="col" class="numeric">
                    {t.deliveryWords.reported}
                  </th>
                  <th scope="col" class="numeric">
                    {words.stale}
                  </th>
                  <th scope="col" class="numeric">
                    {words.help}
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map(({ case: kase, summary }) => (
                  <tr key={kase.id}>
                    <th scope="row">
                      <a href={`/cases/${kase.id}`}>{kase.title}</a>
                      <br />
                      <span class="hint-inline">
                        {kase.ref} · {t.caseKind[kase.kind as keyof typeof t.caseKind] ?? kase.kind}
                      </span>
                    </th>
                    <td>
                      <RagTag rag={summary.rag} />
                    </td>
                    <td>
                      <ConfidenceTag confidence={summary.confidence} />
                    </td>
                    <td class="numeric">
                      {summary.reachPercent === null ? '—' : `${summary.reachPercent}%`}
                      <br />
                      <span class="hint-inline">{words.reachOf(summary.acknowledged, summary.assigned)}</span>
                    </td>
                    <td class="numeric">{words.reachOf(summary.reported, summary.assigned)}</td>
                    <td class="numeric">{count(summary.stale)}</td>
                    <td class="numeric">{summary.helpNeeded > 0 ? <Tag tone="red">{count(summary.helpNeeded)}</Tag> : count(0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="body">
            <a
              href={stocktakeUrl(
                items.slice(0, 50).map((item) => item.case.id),
                'pdf',
              )}
              download
            >
              {words.stocktake}
            </a>
          </p>
        </>
      )}
    </>
  );
}
