import { useState } from 'preact/hooks';
import { fileForCaller } from '../../api/infoRequests.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import type { StaffFiledInfoRequestView } from '../../../shared/api/infoRequests.ts';
import { checkFiling, emptyFiling, filingBody, filingFieldFor, FilingFields, type FilingDraft } from './FilingFields.tsx';
import { useInfoRequestWords } from './useInfoRequestWords.ts';

type Channel = 'hotline' | 'mail' | 'walk_in';
const newKey = () =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** Staff enter a request made by phone, by letter or in person, for the requester; the code is read back to them. */
export function StaffFilePage() {
  const words = useInfoRequestWords();
  const w = words.staff;
  const [draft, setDraft] = useState<FilingDraft>(emptyFiling);
  const [channel, setChannel] = useState<Channel>('hotline');
  const [key, setKey] = useState(newKey);
  const [filed, setFiled] = useState<StaffFiledInfoRequestView | null>(null);
  const form = useFormSubmit(filingFieldFor);
  const update = (patch: Partial<FilingDraft>) => {
    for (const field of Object.keys(patch)) form.clearError(field === 'phone' || field === 'address' ? 'email' : field);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(
      () => checkFiling(draft, words.form),
      async () => {
        setFiled(await fileForCaller({ ...filingBody(draft), channel }, key));
        setDraft(emptyFiling());
        setKey(newKey());
      },
    );
  };
  return (
    <div class="narrow">
      <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
      <PageHeading title={w.fileTitle} />
      <p class="lead">{w.fileLead}</p>
      {filed && (
        <p class="inset" role="status" data-testid="filed">
          {w.filed(filed.ref, filed.trackingCode)} <a href={`/info-requests/${filed.caseId}`}>{filed.ref}</a>
        </p>
      )}
      <form onSubmit={onSubmit} noValidate>
        <RadioGroup
          id="channel"
          legend={w.channel}
          value={channel}
          onChange={(value) => setChannel(value as Channel)}
          inline
          options={(['hotline', 'mail', 'walk_in'] as const).map((value) => ({ value, label: w.channels[value]! }))}
        />
        <FilingFields draft={draft} update={update} errorFor={form.errorFor} />
        <button type="submit" class="button" aria-busy={form.busy ? 'true' : undefined}>
          {w.fileSubmit}
        </button>
      </form>
    </div>
  );
}
