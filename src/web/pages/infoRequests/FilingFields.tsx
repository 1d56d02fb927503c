import { Checkbox } from '../../components/Checkbox.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { FormError } from '../../forms/formErrors.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { AgencyChoice, PublicInfoRequestBody } from '../../../shared/api/infoRequests.ts';
import { infoRequestFormNames, infoRequestForms, type InfoRequestForm } from '../../../shared/infoRequests.ts';
import type { infoRequestsTh } from '../../i18n/areas/infoRequests.ts';
import { AgencyChooser } from './AgencyChooser.tsx';
import { useInfoRequestWords } from './useInfoRequestWords.ts';

export interface FilingDraft {
  agency: AgencyChoice | null;
  title: string;
  body: string;
  formWanted: InfoRequestForm;
  name: string;
  email: string;
  phone: string;
  address: string;
  publishConsent: boolean;
}

export const emptyFiling = (): FilingDraft => ({
  agency: null,
  title: '',
  body: '',
  formWanted: 'copy',
  name: '',
  email: '',
  phone: '',
  address: '',
  publishConsent: false,
});

/** The API's field paths to this form's control ids. */
export function filingFieldFor(path: string): string | undefined {
  if (path === 'agencyUnitId') return 'agency';
  if (path === 'requester') return 'email';
  if (path.startsWith('requester/')) return path.slice('requester/'.length);
  return path.split('/')[0] || undefined;
}

/** What the browser can check before sending; the server checks the same and more. */
export function checkFiling(draft: FilingDraft, w: (typeof infoRequestsTh)['form']): FormError[] {
  const errors: FormError[] = [];
  if (!draft.agency) errors.push({ field: 'agency', text: w.agencyMissing });
  if (draft.title.trim().length < 5) errors.push({ field: 'title', text: w.requestTitleMissing });
  if (draft.body.trim().length < 20) errors.push({ field: 'body', text: w.bodyMissing });
  if (!draft.name.trim()) errors.push({ field: 'name', text: w.nameMissing });
  if (!draft.email.trim() && !draft.phone.trim() && !draft.address.trim()) errors.push({ field: 'email', text: w.contactMissing });
  return errors;
}

export function filingBody(draft: FilingDraft): PublicInfoRequestBody {
  const requester = Object.fromEntries(
    Object.entries({ name: draft.name, email: draft.email, phone: draft.phone, address: draft.address })
      .map(([key, value]) => [key, value.trim()])
      .filter(([, value]) => value),
  );
  return {
    agencyUnitId: draft.agency?.id ?? '',
    title: draft.title.trim(),
    body: draft.body.trim(),
    formWanted: draft.formWanted,
    requester,
    publishConsent: draft.publishConsent,
  };
}

interface Props {
  draft: FilingDraft;
  update(patch: Partial<FilingDraft>): void;
  errorFor(field: string): string | undefined;
}

/** The request's fields, shared by the public form and the staff page that enters a request for a caller. */
export function FilingFields({ draft, update, errorFor }: Props) {
  const { locale } = useI18n();
  const w = useInfoRequestWords().form;
  return (
    <>
      <AgencyChooser
        id="agency"
        label={w.agency}
        chosen={draft.agency}
        onChange={(agency) => update({ agency })}
        error={errorFor('agency')}
      />
      <TextField
        id="title"
        label={w.requestTitle}
        hint={w.requestTitleHint}
        value={draft.title}
        onInput={(title) => update({ title })}
        error={errorFor('title')}
      />
      <TextArea
        id="body"
        label={w.body}
        hint={w.bodyHint}
        value={draft.body}
        onInput={(body) => update({ body })}
        error={errorFor('body')}
      />
      <RadioGroup
        id="formWanted"
        legend={w.formWanted}
        value={draft.formWanted}
        onChange={(value) => update({ formWanted: value as InfoRequestForm })}
        options={infoRequestForms.map((form) => ({ value: form, label: infoRequestFormNames[form][locale], hint: w.formHints[form] }))}
        error={errorFor('formWanted')}
      />
      <fieldset class="fieldset">
        <legend class="fieldset__legend fieldset__legend--m">{w.you}</legend>
        <p class="hint">{w.whyName}</p>
        <TextField
          id="name"
          label={w.name}
          value={draft.name}
          onInput={(name) => update({ name })}
          autocomplete="name"
          error={errorFor('name')}
        />
        {/* One of the three is needed, none alone: the group says so, not each field. */}
        <fieldset class="fieldset">
          <legend class="fieldset__legend">{w.contactLead}</legend>
          <TextField
            id="email"
            label={w.email}
            value={draft.email}
            onInput={(email) => update({ email })}
            autocomplete="email"
            error={errorFor('email')}
          />
          <TextField
            id="phone"
            label={w.phone}
            value={draft.phone}
            onInput={(phone) => update({ phone })}
            autocomplete="tel"
            width="medium"
            error={errorFor('phone')}
          />
          <TextArea
            id="address"
            label={w.address}
            value={draft.address}
            onInput={(address) => update({ address })}
            rows={3}
            error={errorFor('address')}
          />
        </fieldset>
      </fieldset>
      <fieldset class="fieldset">
        <legend class="fieldset__legend fieldset__legend--m">{w.consentTitle}</legend>
        <div class="checkboxes">
          <Checkbox
            id="publishConsent"
            label={w.consent}
            hint={w.consentHint}
            checked={draft.publishConsent}
            onChange={(publishConsent) => update({ publishConsent })}
          />
        </div>
      </fieldset>
    </>
  );
}
