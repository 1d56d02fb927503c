import '../../../styles/adminOrg.css';
import { useState } from 'preact/hooks';
import { listSearchSynonyms } from '../../../api/searchSynonyms.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { takeFlash } from '../../../hooks/flash.ts';
import { useResource } from '../../../hooks/useResource.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';
import { formatDate } from '../../../../shared/buddhistEra.ts';
import { Breadcrumbs } from '../../adminOrg/Breadcrumbs.tsx';

/** `/admin/search-synonyms`: every synonym group with its terms; adding, changing and removing are their own pages. */
export function SearchSynonymsPage() {
  const { t, locale } = useI18n();
  const words = t.searchSynonyms;
  const groups = useResource(() => listSearchSynonyms(), []);
  const [notice] = useState(takeFlash);
  if (groups.error) return <LoadError error={groups.error} retry={groups.reload} />;
  return (
    <div>
      <Breadcrumbs trail={[{ href: '/admin', text: words.breadcrumbAdmin }]} />
      {notice && <Notice text={notice} />}
      <PageHeading title={words.title} />
      <p class="lead">{words.lead}</p>
      <a class="button" href="/admin/search-synonyms/new">
        {words.add}
      </a>
      {!groups.data ? (
        <Loading />
      ) : groups.data.items.length === 0 ? (
        <p class="body">{words.none}</p>
      ) : (
        <>
          <h2 class="heading-m">{words.count(groups.data.items.length.toLocaleString(locale === 'th' ? 'th-TH' : 'en-GB'))}</h2>
          <ul class="org-list">
            {groups.data.items.map((group) => (
              <li class="org-item" key={group.id}>
                <h3 class="org-item__title">{words.group(group.id)}</h3>
                <p class="body">{group.terms.join(' · ')}</p>
                {group.note && (
                  <p class="org-item__meta">
                    {words.note}: {group.note}
                  </p>
                )}
                <p class="org-item__meta">
                  {words.updated}: {words.updatedBy(formatDate(group.updatedAt, locale), group.updatedBy)}
                </p>
                <p class="org-item__actions">
                  <a href={`/admin/search-synonyms/${group.id}/edit`}>
                    {words.change}
                    <span class="visually-hidden"> {words.group(group.id)}</span>
                  </a>
                  {' · '}
                  <a href={`/admin/search-synonyms/${group.id}/remove`}>
                    {words.remove}
                    <span class="visually-hidden"> {words.group(group.id)}</span>
                  </a>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
