import '../../styles/complaints.css';
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { fileComplaint, publicCategories, publicDuplicates } from '../../api/complaints.ts';
import { ComplaintAreaFields } from '../../components/complaints/ComplaintAreaFields.tsx';
import { ComplaintPhotoPicker } from '../../components/complaints/ComplaintPhotoPicker.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { TextField } from '../../components/TextField.tsx';
import { clearDraft, loadDraft, newIdempotencyKey, saveDraft, type StoredDraft } from '../../complaints/draftStore.ts';
import type { FormError } from '../../forms/formErrors.ts';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { CategoryView, DuplicateHint, PublicCreatedView } from '../../../shared/api/complaints.ts';
import { complaintLimits } from '../../../shared/complaintLimits.ts';

type Draft = StoredDraft['draft'];
type PreviewModule = typeof import('../../components/complaints/PublicRoutingPreview.tsx');

const emptyDraft = (): Draft => ({
  categoryCode: null,
  description: '',
  areaCode: null,
  location: null,
  address: '',
  complainant: { name: '', phone: '', email: '' },
  attachmentIds: [],
  provinceCode: '',
  districtCode: '',
  subdistrictCode: '',
});

/** The API's field paths to this form's control ids. */
function fieldFor(path: string): string | undefined {
  if (path.startsWith('complainant/')) return path.slice('complainant/'.length);
  if (path === 'areaCode') return 'province';
  if (path === 'attachmentIds') return 'photos';
  if (path === 'location') return 'lat';
  return path.split('/')[0] || undefined;
}

function registerServiceWorker(): void {
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => undefined);
}

/**
 * The public complaint form: mobile first, no account, installable. The draft
 * is kept on the device as it is typed; sent while offline, it waits on the
 * device and goes when the signal is back (with the same Idempotency-Key, so
 * it is filed once).
 */
export function ComplaintFormPage() {
  const { t, name } = useI18n();
  const initial = loadDraft();
  const [stored, setStored] = useState<StoredDraft>(initial ?? { draft: emptyDraft(), idempotencyKey: newIdempotencyKey(), queued: false });
  const [categories, setCategories] = useState<CategoryView[]>([]);
  const [duplicates, setDuplicates] = useState<DuplicateHint[]>([]);
  const [created, setCreated] = useState<PublicCreatedView | null>(null);
  const [uploading, setUploading] = useState(false);
  const form = useFormSubmit(fieldFor);
  const draft = stored.draft;
  const [preview, setPreview] = useState<PreviewModule['PublicRoutingPreview'] | null>(null);
  const describing = draft.description.trim().length >= complaintLimits.descriptionMin;
  // Fetched once the citizen has written enough to ask where it will go: not part of the form's first load.
  useEffect(() => {
    if (describing && !preview)
      import('../../components/complaints/PublicRoutingPreview.tsx')
        .then((module) => setPreview(() => module.PublicRoutingPreview))
        .catch(() => undefined);
  }, [describing]);

  const update = (patch: Partial<Draft>) => {
    for (const field of Object.keys(patch)) form.clearError(field === 'provinceCode' ? 'province' : field);
    const next = { ...stored, draft: { ...stored.draft, ...patch } };
    setStored(next);
    saveDraft(next);
  };
  const updateContact = (patch: Record<string, string>) => {
    for (const field of Object.keys(patch)) form.clearError(field);
    update({ complainant: { ...draft.complainant, ...patch } });
  };

  useEffect(() => {
    registerServiceWorker();
    publicCategories()
      .then((list) => setCategories(list.items))
      .catch(() => undefined);
  }, []);

  const toSend = () => {
    const contact = Object.fromEntries(Object.entries(draft.complainant ?? {}).filter(([, value]) => value && value.trim()));
    return {
      categoryCode: draft.categoryCode,
      description: draft.description.trim(),
      areaCode: draft.subdistrictCode || draft.districtCode || draft.provinceCode || null,
      location: draft.location,
      ...(draft.address?.trim() ? { address: draft.address.trim() } : {}),
      complainant: Object.keys(contact).length > 0 ? contact : null,
      attachmentIds: draft.attachmentIds ?? [],
    };
  };

  const send = async (current: StoredDraft) => {
    try {
      const answer = await fileComplaint(toSend(), current.idempotencyKey);
      clearDraft();
      setCreated(answer);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'network') {
        const queued = { ...current, queued: true };
        setStored(queued);
        saveDraft(queued);
        return;
      }
      throw error;
    }
  };

  // A draft sent while offline goes as soon as the browser is back online.
  useEffect(() => {
    const retry = () => {
      const current = loadDraft();
      if (current?.queued)
        void form.submit(
          () => [],
          () => send(current),
        );
    };
    window.addEventListener('online', retry);
    if (navigator.onLine) retry();
    return () => window.removeEventListener('online', retry);
  }, []);

  const checkDuplicates = () => {
    const body = toSend();
    if (body.description.length < complaintLimits.descriptionMin || !body.areaCode) return;
    publicDuplicates({ categoryCode: body.categoryCode, description: body.description, areaCode: body.areaCode, location: body.location })
      .then((list) => setDuplicates(list.items))
      .catch(() => undefined);
  };

  const onPhotosRefused = (text: string) =>
    void form.submit(
      () => [{ field: 'photos', text }],
      async () => undefined,
    );

  const validate = (): FormError[] => {
    const errors: FormError[] = [];
    if (draft.description.trim().length < complaintLimits.descriptionMin)
      errors.push({ field: 'description', text: t.complaints.descriptionMissing });
    return errors;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(validate, () => send(stored));
  };

  if (created) {
    return (
      <div class="narrow">
        <div class="panel-confirmation" role="status">
          <h1 class="heading-xl">{t.complaints.sentTitle}</h1>
          <p>{t.complaints.sentCode}</p>
          <p class="tracking-code" data-testid="tracking-code">
            {created.trackingCode}
          </p>
        </div>
        <p class="body">{t.complaints.sentNext}</p>
        <p class="body">{t.complaints.sentUnit(name(created.unit.name))}</p>
        <div class="button-group">
          <a class="button" href={`/track/${created.trackingCode}`}>
            {t.complaints.trackLink}
          </a>
          <a
            class="button button--secondary"
            href="/complain"
            onClick={() => {
              setCreated(null);
              setStored({ draft: emptyDraft(), idempotencyKey: newIdempotencyKey(), queued: false });
            }}
          >
            {t.complaints.fileAnother}
          </a>
        </div>
      </div>
    );
  }

  return (
    <div class="narrow">
      <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
      <PageHeading title={t.complaints.formTitle} />
      <p class="lead">{t.complaints.formLead}</p>
      {stored.queued && (
        <p class="inset" role="status">
          {t.complaints.offlineQueued}
        </p>
      )}
      <form onSubmit={onSubmit} noValidate>
        <SelectField
          id="categoryCode"
          label={t.complaints.category}
          hint={t.complaints.categoryHint}
          value={draft.categoryCode ?? ''}
          onChange={(value) => update({ categoryCode: value || null })}
          options={[{ value: '', label: t.complaints.categoryAuto }, ...categories.map((c) => ({ value: c.code, label: name(c.name) }))]}
          error={form.errorFor('categoryCode')}
        />
        <TextArea
          id="description"
          label={t.complaints.description}
          hint={t.complaints.descriptionHint}
          value={draft.description}
          onInput={(value) => update({ description: value })}
          error={form.errorFor('description')}
        />
        <ComplaintAreaFields
          place={draft}
          update={update}
          errorFor={form.errorFor}
          onSubdistrictChosen={() => setTimeout(checkDuplicates, 0)}
        />
        <ComplaintPhotoPicker
          count={draft.attachmentIds?.length ?? 0}
          uploading={uploading}
          error={form.errorFor('photos')}
          setUploading={setUploading}
          onUploaded={(ids) => update({ attachmentIds: [...(draft.attachmentIds ?? []), ...ids] })}
          onRefused={onPhotosRefused}
        />
        <fieldset class="fieldset">
          <legend class="fieldset__legend">{t.complaints.contact}</legend>
          <p class="hint">{t.complaints.contactHint}</p>
          <TextField
            id="name"
            label={t.complaints.name}
            value={draft.complainant?.name ?? ''}
            onInput={(value) => updateContact({ name: value })}
            autocomplete="name"
            optional
            error={form.errorFor('name')}
          />
          <TextField
            id="phone"
            label={t.complaints.phone}
            value={draft.complainant?.phone ?? ''}
            onInput={(value) => updateContact({ phone: value })}
            autocomplete="tel"
            width="medium"
            optional
            error={form.errorFor('phone')}
          />
          <TextField
            id="email"
            label={t.complaints.email}
            hint={t.complaints.emailHint}
            value={draft.complainant?.email ?? ''}
            onInput={(value) => updateContact({ email: value })}
            autocomplete="email"
            optional
            error={form.errorFor('email')}
          />
        </fieldset>
        {preview &&
          h(preview, {
            body: {
              categoryCode: draft.categoryCode,
              description: draft.description,
              areaCode: draft.subdistrictCode || draft.districtCode || draft.provinceCode || null,
            },
            onChoose: (code: string) => update({ categoryCode: code }),
          })}
        {duplicates.length > 0 && (
          <div class="inset" role="status" data-testid="duplicates">
            <h2 class="heading-s">{t.complaints.duplicatesTitle}</h2>
            <p>{t.complaints.duplicatesLead}</p>
            <ul class="list">
              {duplicates.map((d) => (
                <li key={d.publicId}>{t.complaints.duplicateRef(d.publicId)}</li>
              ))}
            </ul>
          </div>
        )}
        <button type="submit" class="button" aria-busy={form.busy || uploading ? 'true' : undefined}>
          {t.complaints.submit}
        </button>
      </form>
    </div>
  );
}
