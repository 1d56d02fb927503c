import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { askClarification, readInfoRequest, transferInfoRequest } from '../../api/infoRequests.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import type { FormError } from '../../forms/formErrors.ts';
import { setFlash } from '../../hooks/flash.ts';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { AgencyChoice } from '../../../shared/api/infoRequests.ts';
import { infoRequestStateNames } from '../../../shared/infoRequests.ts';
import type { PageProps } from '../pageProps.ts';
import { AgencyChooser } from './AgencyChooser.tsx';
import { useInfoRequestWords } from './useInfoRequestWords.ts';

type Action = 'transfer' | 'clarify';

/**
 * One action on a request per page, GOV.UK style: transfer it to the agency that holds the
 * information (section 12, with the reason the requester will read), or ask the requester to clarify
 * (the clock stops until they answer). Back to the request when done, with a notice.
 */
function ActionPage({ params, action }: PageProps & { action: Action }) {
  const { t, locale } = useI18n();
  const words = useInfoRequestWords();
  const w = words.staff;
  const location = useLocation();
  const id = params['id'] ?? '';
  const loaded = useResource(() => readInfoRequest(id), [id]);
  const [agency, setAgency] = useState<AgencyChoice | null>(null);
  const [text, setText] = useState('');
  const form = useFormSubmit((path) => (path === 'toUnitId' ? 'agency' : path === 'reason' || path === 'question' ? 'text' : undefined));
  const back = (
    <a class="back-link" href={`/info-requests/${id}`}>
      {w.back}
    </a>
  );
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const request = loaded.data;
  if (!request.allowedActions.includes(action)) {
    return (
      <>
        {back}
        <PageHeading title={t.notAllowedTitle} />
        <p class="body">{t.notAllowedBody}</p>
      </>
    );
  }
  const validate = (): FormError[] => {
    const errors: FormError[] = [];
    if (action === 'transfer' && !agency) errors.push({ field: 'agency', text: words.form.agencyMissing });
    if (text.trim().length < 3) errors.push({ field: 'text', text: action === 'transfer' ? w.reasonMissing : w.questionMissing });
    return errors;
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(validate, async () => {
      if (action === 'transfer') await transferInfoRequest(id, agency!.id, text.trim());
      else await askClarification(id, text.trim());
      setFlash(action === 'transfer' ? infoRequestStateNames.transferred[locale] : infoRequestStateNames.clarification_needed[locale]);
      location.route(`/info-requests/${id}`);
    });
  };
  return (
    <>
      {back}
      <div class="narrow">
        <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
        <PageHeading title={action === 'transfer' ? w.transferTitle : w.clarifyTitle} caption={`${request.ref} · ${request.title}`} />
        <p class="lead">{action === 'transfer' ? w.transferLead : w.clarifyLead}</p>
        <form onSubmit={onSubmit} noValidate>
          {action === 'transfer' && (
            <AgencyChooser
              id="agency"
              label={w.toAgency}
              chosen={agency}
              onChange={(next) => {
                setAgency(next);
                form.clearError('agency');
              }}
              error={form.errorFor('agency')}
            />
          )}
          <TextArea
            id="text"
            label={action === 'transfer' ? w.reason : w.question}
            hint={action === 'transfer' ? w.reasonHint : undefined}
            value={text}
            onInput={(value) => {
              setText(value);
              form.clearError('text');
            }}
            error={form.errorFor('text')}
          />
          <div class="button-group">
            <button type="submit" class="button" aria-busy={form.busy || undefined}>
              {action === 'transfer' ? w.transferSubmit : w.clarifySubmit}
            </button>
            <a class="link-secondary" href={`/info-requests/${id}`}>
              {t.cancel}
            </a>
          </div>
        </form>
      </div>
    </>
  );
}

export const TransferPage = (props: PageProps) => <ActionPage {...props} action="transfer" />;
export const ClarifyPage = (props: PageProps) => <ActionPage {...props} action="clarify" />;
