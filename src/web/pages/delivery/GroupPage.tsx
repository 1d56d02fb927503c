import type { PageProps } from '../pageProps.ts';
import { getGroup } from '../../api/delivery.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SummaryList } from '../../components/SummaryList.tsx';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

/** One integrated group: its goal, agencies, report date, and its directives and policies with their acknowledgement. */
export function GroupPage({ params }: PageProps) {
  const { t, name, date } = useI18n();
  const id = params['id'] ?? '';
  const loaded = useResource(() => getGroup(id), [id]);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const group = loaded.data;
  const words = t.delivery.group;
  const names = (units: typeof group.leadAgencies) => units.map((u) => name(u.name)).join(', ') || '—';
  return (
    <>
      <PageHeading title={name(group.name)} caption={words.listTitle} />
      <SummaryList
        rows={[
          { key: words.goal, value: name(group.goal) },
          { key: words.lead, value: names(group.leadAgencies) },
          { key: words.members, value: names(group.memberAgencies) },
          { key: words.reportDue, value: group.reportDueOn ? date(group.reportDueOn) : words.noReportDue },
        ]}
      />
      <h2 class="heading-m">{words.cases}</h2>
      {group.cases.length === 0 ? (
        <p class="body">{words.noCases}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t.case.ref}</th>
                <th scope="col">{t.case.kind}</th>
                <th scope="col" class="numeric">
                  {t.delivery.reach.acknowledged}
                </th>
              </tr>
            </thead>
            <tbody>
              {group.cases.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <a href={`/cases/${c.id}`}>{c.title}</a>
                    <br />
                    <span class="hint">{c.ref}</span>
                  </th>
                  <td>{t.caseKind[c.kind as keyof typeof t.caseKind] ?? c.kind}</td>
                  <td class="numeric">{t.delivery.reach.summary(c.acknowledged, c.assigned)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
