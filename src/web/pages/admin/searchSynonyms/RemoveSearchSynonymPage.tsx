import '../../../styles/adminOrg.css';
import { useLocation } from 'preact-iso';
import { removeSearchSynonym } from '../../../api/searchSynonyms.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { setFlash } from '../../../hooks/flash.ts';
import { useFormSubmit } from '../../../hooks/useFormSubmit.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';
import type { PageProps } from '../../pageProps.ts';
import { useSynonymGroup } from './SearchSynonymFormPage.tsx';

/** `/admin/search-synonyms/:id/remove`: the group's terms, what removing it means, and the one button that does it. */
export function RemoveSearchSynonymPage({ params }: PageProps) {
  const { t } = useI18n();
  const words = t.searchSynonyms;
  const location = useLocation();
  const submit = useFormSubmit();
  const { groups, group } = useSynonymGroup(params);
  if (groups.error) return <LoadError error={groups.error} retry={groups.reload} />;
  if (!groups.data) return <Loading />;
  const back = (
    <a class="back-link" href="/admin/search-synonyms">
      {words.title}
    </a>
  );
  if (!group) {
    return (
      <>
        {back}
        <PageHeading title={t.notFoundTitle} />
        <p class="body">{words.notFound}</p>
      </>
    );
  }
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit.submit(
      () => [],
      async () => {
        await removeSearchSynonym(group.id);
        setFlash(words.removed(group.id));
        location.route('/admin/search-synonyms');
      },
    );
  };
  return (
    <>
      {back}
      <ErrorSummary errors={submit.errors} message={submit.message} attempt={submit.attempt} />
      <PageHeading title={words.removeTitle(group.id)} />
      <p class="lead">{group.terms.join(' · ')}</p>
      <p class="body">{words.removeLead}</p>
      <form onSubmit={onSubmit} noValidate>
        <div class="button-group">
          <button type="submit" class="button button--warning" disabled={submit.busy}>
            {words.removeSubmit}
          </button>
          <a class="link-secondary" href="/admin/search-synonyms">
            {t.cancel}
          </a>
        </div>
      </form>
    </>
  );
}
