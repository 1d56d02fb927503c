import '../../../styles/admin.css';
import { useState } from 'preact/hooks';
import { createOpen311Key } from '../../../api/adminPeople.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { SecretOnce } from '../../../components/SecretOnce.tsx';
import { TextField } from '../../../components/TextField.tsx';
import type { FormError } from '../../../forms/formErrors.ts';
import { useFormSubmit } from '../../../hooks/useFormSubmit.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';

/** `/admin/open311-keys/new`: who uses the key and its quota; the key is shown once. */
export function NewOpen311KeyPage() {
  const { t } = useI18n();
  const words = t.adminPeople.open311;
  const [form, setForm] = useState({ name: '', perMinute: '600' });
  const [made, setMade] = useState<{ name: string; key: string } | null>(null);
  const submit = useFormSubmit();
  const set = (field: keyof typeof form) => (value: string) => setForm({ ...form, [field]: value });

  if (made) {
    return (
      <>
        <PageHeading title={words.secretTitle(made.name)} />
        <SecretOnce
          title={words.secretTitle(made.name)}
          lead={words.secretLead}
          use={words.secretUse}
          value={made.key}
          next={
            <p class="body">
              <a href="/admin/open311-keys">{t.adminPeople.secret.done}</a>
            </p>
          }
        />
      </>
    );
  }

  const validate = () => {
    const errors: FormError[] = [];
    if (!form.name.trim()) errors.push({ field: 'name', text: words.missingName });
    const perMinute = Number(form.perMinute.replace(/,/g, ''));
    if (!Number.isInteger(perMinute) || perMinute < 1 || perMinute > 1_000_000) errors.push({ field: 'perMinute', text: words.badQuota });
    return errors;
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit.submit(validate, async () => {
      const created = await createOpen311Key({ name: form.name.trim(), perMinute: Number(form.perMinute.replace(/,/g, '')) });
      setMade({ name: created.name, key: created.key });
    });
  };

  return (
    <>
      <a class="back-link" href="/admin/open311-keys">
        {words.title}
      </a>
      <PageHeading title={words.newTitle} />
      <ErrorSummary errors={submit.errors} message={submit.message} attempt={submit.attempt} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="name"
          label={words.name}
          hint={words.nameHint}
          value={form.name}
          onInput={set('name')}
          error={submit.errorFor('name')}
          maxLength={200}
        />
        <TextField
          id="perMinute"
          label={words.quota}
          hint={words.quotaHint}
          value={form.perMinute}
          onInput={set('perMinute')}
          error={submit.errorFor('perMinute')}
          width="short"
          maxLength={9}
        />
        <button type="submit" class="button" disabled={submit.busy}>
          {words.submit}
        </button>
      </form>
    </>
  );
}
