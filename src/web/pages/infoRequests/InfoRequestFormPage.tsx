import '../../styles/complaints.css';
import { useState } from 'preact/hooks';
import { fileInfoRequest } from '../../api/infoRequests.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { FiledInfoRequestView } from '../../../shared/api/infoRequests.ts';
import { checkFiling, emptyFiling, filingBody, filingFieldFor, FilingFields, type FilingDraft } from './FilingFields.tsx';
import { useInfoRequestWords } from './useInfoRequestWords.ts';

const newKey = () =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * The public form to ask an agency for official information (section 11 of the Act), without an
 * account: the right explained in plain words, why a name is needed, and the reference and tracking
 * code on the confirmation. Sent with an Idempotency-Key, so a resend files one request.
 */
export function InfoRequestFormPage() {
  const { name, date } = useI18n();
  const words = useInfoRequestWords();
  const w = words.form;
  const [draft, setDraft] = useState<FilingDraft>(emptyFiling);
  const [key] = useState(newKey);
  const [filed, setFiled] = useState<FiledInfoRequestView | null>(null);
  const form = useFormSubmit(filingFieldFor);

  const update = (patch: Partial<FilingDraft>) => {
    for (const field of Object.keys(patch))
      form.clearError(field === 'email' || field === 'phone' || field === 'address' ? 'email' : field);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(
      () => checkFiling(draft, w),
      async () => setFiled(await fileInfoRequest(filingBody(draft), key)),
    );
  };

  if (filed) {
    return (
      <div class="narrow">
        <div class="panel-confirmation" role="status">
          <h1 class="heading-xl">{w.sentTitle}</h1>
          <p>
            {w.sentRef} <strong data-testid="request-ref">{filed.ref}</strong>
          </p>
          <p>{w.sentCode}</p>
          <p class="tracking-code" data-testid="tracking-code">
            {filed.trackingCode}
          </p>
        </div>
        <p class="body">{w.sentCodeHint}</p>
        <p class="body">{w.sentAgency(name(filed.agency))}</p>
        {filed.dueAt && <p class="body">{w.sentDue(date(filed.dueAt))}</p>}
        <div class="button-group">
          <a class="button" href={`/information-request/track/${filed.trackingCode}`}>
            {w.trackLink}
          </a>
        </div>
      </div>
    );
  }

  return (
    <div class="narrow">
      <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
      <PageHeading title={w.title} />
      <p class="lead">{w.lead}</p>
      <div class="inset">
        <h2 class="heading-s">{w.rightTitle}</h2>
        <p class="body">{w.right}</p>
      </div>
      {/* A refused request stores nothing, so the same key may carry the corrected one. */}
      <form onSubmit={onSubmit} noValidate>
        <FilingFields draft={draft} update={update} errorFor={form.errorFor} />
        <button type="submit" class="button" aria-busy={form.busy ? 'true' : undefined}>
          {w.submit}
        </button>
      </form>
    </div>
  );
}
