import { listGroups } from '../../api/delivery.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

/** The integrated groups (seed 001): their goal, lead agencies and when they report to the Prime Minister. */
export function GroupListPage() {
  const { t, name, date } = useI18n();
  const loaded = useResource(listGroups, []);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const words = t.delivery.group;
  return (
    <>
      <PageHeading title={words.listTitle} />
      <p class="body">{words.listLead}</p>
      {loaded.data.items.length === 0 ? (
        <p class="body">{words.empty}</p>
      ) : (
        <ul class="work-list">
          {loaded.data.items.map((group) => (
            <li class="work-item" key={group.id}>
              <h2 class="work-item__title">
                <a href={`/groups/${group.id}`}>{name(group.name)}</a>
              </h2>
              <p class="body">{name(group.goal)}</p>
              <p class="work-item__meta">
                {words.lead}: {group.leadAgencies.map((u) => name(u.name)).join(', ')}
              </p>
              <p class="work-item__meta">
                {words.reportDue}: {group.reportDueOn ? date(group.reportDueOn) : words.noReportDue} · {words.caseCount(group.caseCount)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
