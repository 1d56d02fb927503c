import '../../../styles/admin.css';
import { useState } from 'preact/hooks';
import { createToken, type TokenScopeWord } from '../../../api/adminPeople.ts';
import { Checkbox } from '../../../components/Checkbox.tsx';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { ErrorMessage } from '../../../components/FormGroup.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { SecretOnce } from '../../../components/SecretOnce.tsx';
import { TextField } from '../../../components/TextField.tsx';
import type { FormError } from '../../../forms/formErrors.ts';
import { useFormSubmit } from '../../../hooks/useFormSubmit.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';
import { useSession } from '../../../session/SessionContext.tsx';
import { limits } from '../../../../shared/limits.ts';
import { tokenScopeWords } from '../../../../shared/tokenScopeWords.ts';

/** `/admin/tokens/new`: name, what it may do in plain words, lifetime and the password again; the token is shown once. */
export function NewTokenPage() {
  const { t } = useI18n();
  const words = t.adminPeople.tokens;
  const { state } = useSession();
  const mayAdminister = state.status === 'signedIn' && state.session.permissions.manageUsers;
  const scopesOffered = tokenScopeWords.filter((scope) => scope !== 'admin' || mayAdminister);
  const [form, setForm] = useState({ name: '', days: '90', password: '' });
  const [scopes, setScopes] = useState<TokenScopeWord[]>(['read']);
  const [made, setMade] = useState<{ name: string; token: string } | null>(null);
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
          value={made.token}
          next={
            <p class="body">
              <a href="/admin/tokens">{t.adminPeople.secret.done}</a>
            </p>
          }
        />
      </>
    );
  }

  const validate = () => {
    const errors: FormError[] = [];
    if (!form.name.trim()) errors.push({ field: 'name', text: words.missingName });
    if (scopes.length === 0) errors.push({ field: 'scopes', text: words.missingScope });
    const days = Number(form.days);
    if (!Number.isInteger(days) || days < 1 || days > 365) errors.push({ field: 'expiresInDays', text: words.badDays });
    if (!form.password) errors.push({ field: 'password', text: words.missingPassword });
    return errors;
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit.submit(validate, async () => {
      const name = form.name.trim();
      const created = await createToken({ name, password: form.password, scopes, expiresInDays: Number(form.days) });
      setMade({ name, token: created.token });
    });
  };
  const scopeError = submit.errorFor('scopes');

  return (
    <>
      <a class="back-link" href="/admin/tokens">
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
          maxLength={100}
        />
        <div class={`form-group${scopeError ? ' form-group--error' : ''}`}>
          <fieldset class="fieldset" aria-describedby={`scopes-hint${scopeError ? ' scopes-error' : ''}`}>
            <legend class="fieldset__legend">{words.scopeLegend}</legend>
            <div class="hint" id="scopes-hint">
              {words.scopeHint}
            </div>
            {scopeError && <ErrorMessage id="scopes" text={scopeError} />}
            <div class="checkboxes">
              {scopesOffered.map((scope, index) => (
                <Checkbox
                  key={scope}
                  id={index === 0 ? 'scopes' : `scopes-${scope}`}
                  label={words.scopeName[scope]}
                  hint={words.scopeText[scope]}
                  checked={scopes.includes(scope)}
                  onChange={(on) => setScopes(on ? [...scopes, scope] : scopes.filter((other) => other !== scope))}
                />
              ))}
            </div>
          </fieldset>
        </div>
        <TextField
          id="expiresInDays"
          label={words.days}
          hint={words.daysHint}
          value={form.days}
          onInput={set('days')}
          error={submit.errorFor('expiresInDays')}
          width="short"
          maxLength={3}
        />
        <TextField
          id="password"
          type="password"
          label={words.password}
          hint={words.passwordHint}
          value={form.password}
          onInput={set('password')}
          error={submit.errorFor('password')}
          autocomplete="current-password"
          maxLength={limits.passwordMax}
        />
        <button type="submit" class="button" disabled={submit.busy}>
          {words.submit}
        </button>
      </form>
    </>
  );
}
