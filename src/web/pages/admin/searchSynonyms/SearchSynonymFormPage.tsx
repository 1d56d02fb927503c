import '../../../styles/adminOrg.css';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { createSearchSynonym, listSearchSynonyms, updateSearchSynonym, type SearchSynonymView } from '../../../api/searchSynonyms.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { TextArea } from '../../../components/TextArea.tsx';
import type { FormError } from '../../../forms/formErrors.ts';
import { setFlash } from '../../../hooks/flash.ts';
import { useFormSubmit } from '../../../hooks/useFormSubmit.ts';
import { useResource } from '../../../hooks/useResource.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';
import { checkSynonymTerms, splitSynonymInput, synonymLimits } from '../../../../shared/searchSynonymTerms.ts';
import type { PageProps } from '../../pageProps.ts';

/** The API's `/terms/3` and `/terms` are both about the one box the terms are typed in. */
const fieldFor = (path: string) => (path.startsWith('terms') ? 'terms' : path.startsWith('note') ? 'note' : undefined);

/** The form of a group: its terms one a line (or comma-separated) and a note; the same for a new group and a change. */
function SynonymForm({ group }: { group: SearchSynonymView | null }) {
  const { t } = useI18n();
  const words = t.searchSynonyms;
  const location = useLocation();
  const submit = useFormSubmit(fieldFor);
  const [terms, setTerms] = useState(group ? group.terms.join('\n') : '');
  const [note, setNote] = useState(group?.note ?? '');

  const validate = () => {
    const errors: FormError[] = [];
    const { problems } = checkSynonymTerms(splitSynonymInput(terms));
    const problem = problems[0];
    if (problem?.kind === 'too_long') errors.push({ field: 'terms', text: words.tooLong(problem.term) });
    else if (problem?.kind === 'too_many') errors.push({ field: 'terms', text: words.tooMany(problem.count) });
    else if (problem) errors.push({ field: 'terms', text: words.tooFew });
    if ([...note.trim()].length > synonymLimits.noteMax) errors.push({ field: 'note', text: words.noteTooLong });
    return errors;
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit.submit(validate, async () => {
      const body = { terms: splitSynonymInput(terms), note: note.trim() };
      if (group) {
        await updateSearchSynonym(group.id, body);
        setFlash(words.changed(group.id));
      } else {
        await createSearchSynonym(body);
        setFlash(words.added(checkSynonymTerms(body.terms).terms.join(' · ')));
      }
      location.route('/admin/search-synonyms');
    });
  };
  return (
    <>
      <ErrorSummary errors={submit.errors} message={submit.message} attempt={submit.attempt} />
      <form onSubmit={onSubmit} noValidate>
        <TextArea
          id="terms"
          label={words.terms}
          hint={words.termsHint}
          value={terms}
          onInput={(value) => {
            setTerms(value);
            submit.clearError('terms');
          }}
          error={submit.errorFor('terms')}
          rows={8}
        />
        <TextArea
          id="note"
          label={words.noteLabel}
          hint={words.noteHint}
          value={note}
          onInput={(value) => {
            setNote(value);
            submit.clearError('note');
          }}
          error={submit.errorFor('note')}
          rows={3}
          optional
        />
        <div class="button-group">
          <button type="submit" class="button" disabled={submit.busy}>
            {words.save}
          </button>
          <a class="link-secondary" href="/admin/search-synonyms">
            {t.cancel}
          </a>
        </div>
      </form>
    </>
  );
}

/** `/admin/search-synonyms/new`: add a group. */
export function NewSearchSynonymPage() {
  const { t } = useI18n();
  return (
    <>
      <a class="back-link" href="/admin/search-synonyms">
        {t.searchSynonyms.title}
      </a>
      <PageHeading title={t.searchSynonyms.newTitle} />
      <SynonymForm group={null} />
    </>
  );
}

/** The group a page's `:id` names, from the list (a few hundred groups at most), or a load error or a "not found". */
export function useSynonymGroup(params: PageProps['params']) {
  const id = Number(params['id']);
  const groups = useResource(() => listSearchSynonyms(), []);
  return { groups, group: groups.data?.items.find((item) => item.id === id) };
}

/** `/admin/search-synonyms/:id/edit`: change a group's terms or note. */
export function EditSearchSynonymPage({ params }: PageProps) {
  const { t } = useI18n();
  const { groups, group } = useSynonymGroup(params);
  if (groups.error) return <LoadError error={groups.error} retry={groups.reload} />;
  if (!groups.data) return <Loading />;
  return (
    <>
      <a class="back-link" href="/admin/search-synonyms">
        {t.searchSynonyms.title}
      </a>
      {group ? (
        <>
          <PageHeading title={t.searchSynonyms.editTitle(group.id)} />
          <SynonymForm group={group} />
        </>
      ) : (
        <>
          <PageHeading title={t.notFoundTitle} />
          <p class="body">{t.searchSynonyms.notFound}</p>
        </>
      )}
    </>
  );
}
