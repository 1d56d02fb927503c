import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '../../api/client.ts';
import type { EventCreated } from '../../../shared/api/common.ts';
import type { PublicReplyBody, StaffComplaintView } from '../../../shared/api/complaints.ts';
import { limits } from '../../../shared/limits.ts';
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
import type { PageProps } from '../pageProps.ts';

/**
 * Writing to the citizen (a public reply), one thing on the page: what the office did or will do,
 * in words the citizen reads on /track and receives, apart from the internal notes of the case.
 */
export function PublicReplyPage({ params }: PageProps) {
  const { t } = useI18n();
  const location = useLocation();
  const caseId = params['id'] ?? '';
  const loaded = useResource(() => api.get<StaffComplaintView>(`/api/complaints/${encodeURIComponent(caseId)}`), [caseId]);
  const [message, setMessage] = useState('');
  const form = useFormSubmit(() => 'message');
  const back = (
    <a class="back-link" href={`/cases/${caseId}`}>
      {t.backToCase}
    </a>
  );
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const complaint = loaded.data;
  if (!complaint.allowed.reply) {
    return (
      <>
        {back}
        <PageHeading title={t.notAllowedTitle} />
        <p class="body">{t.notAllowedBody}</p>
      </>
    );
  }

  const validate = () => {
    const errors: FormError[] = [];
    const trimmed = message.trim();
    const w = t.citizenClose;
    if (!trimmed) errors.push({ field: 'message', text: w.replyMissing });
    else if (trimmed.length < limits.reasonMin) errors.push({ field: 'message', text: w.replyTooShort(limits.reasonMin) });
    else if (trimmed.length > limits.reasonMax) errors.push({ field: 'message', text: w.replyTooLong(limits.reasonMax) });
    return errors;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(validate, async () => {
      await api.post<EventCreated>(`/api/complaints/${encodeURIComponent(caseId)}/public-reply`, {
        message: message.trim(),
      } satisfies PublicReplyBody);
      setFlash(t.citizenClose.replySent);
      location.route(`/cases/${caseId}`);
    });
  };

  return (
    <>
      {back}
      <div class="narrow">
        <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
        <PageHeading title={t.citizenClose.replyTitle} caption={`${complaint.ref} · ${complaint.title}`} />
        <p class="lead">{t.citizenClose.replyLead}</p>
        <form onSubmit={onSubmit} noValidate>
          <TextArea
            id="message"
            label={t.citizenClose.replyMessage}
            value={message}
            onInput={(value) => {
              setMessage(value);
              form.clearError('message');
            }}
            error={form.errorFor('message')}
          />
          <div class="button-group">
            <button type="submit" class="button" aria-busy={form.busy || undefined}>
              {t.citizenClose.replySubmit}
            </button>
            <a class="link-secondary" href={`/cases/${caseId}`}>
              {t.cancel}
            </a>
          </div>
        </form>
      </div>
    </>
  );
}
