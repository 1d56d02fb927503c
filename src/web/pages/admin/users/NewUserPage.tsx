import '../../../styles/admin.css';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { createUser, type UserView } from '../../../api/adminPeople.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { RadioGroup } from '../../../components/RadioGroup.tsx';
import { SecretOnce } from '../../../components/SecretOnce.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { UnitSearch } from '../../../components/UnitSearch.tsx';
import type { FormError } from '../../../forms/formErrors.ts';
import { setFlash } from '../../../hooks/flash.ts';
import { useFormSubmit } from '../../../hooks/useFormSubmit.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';
import { staffRoles } from '../../../../shared/staffRoles.ts';
import type { UnitListItem } from '../../../../shared/api/units.ts';
import { limits } from '../../../../shared/limits.ts';

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{2,}$/;

/** The roles as radios, each with what it may do, so the administrator need not know the codes. */
export function RoleRadios({ value, onChange, error }: { value: string; onChange(role: string): void; error?: string | undefined }) {
  const { t } = useI18n();
  return (
    <RadioGroup
      id="role"
      legend={t.adminPeople.users.role}
      error={error}
      value={value}
      onChange={onChange}
      options={staffRoles.map((role) => ({ value: role, label: t.adminPeople.roleName[role], hint: t.adminPeople.roleHint[role] }))}
    />
  );
}

/** `/admin/users/new`: one account; the password typed here or made by the server and shown once. */
export function NewUserPage() {
  const { t } = useI18n();
  const words = t.adminPeople.users;
  const location = useLocation();
  const [form, setForm] = useState({ username: '', displayName: '', email: '', role: '', passwordMode: 'generate', password: '' });
  const [unit, setUnit] = useState<UnitListItem | null>(null);
  const [made, setMade] = useState<{ user: UserView; password: string } | null>(null);
  const submit = useFormSubmit();
  const set = (field: keyof typeof form) => (value: string) => setForm({ ...form, [field]: value });

  if (made) {
    return (
      <>
        <PageHeading title={words.created(made.user.displayName)} />
        <SecretOnce
          title={words.oneTimeTitle}
          lead={words.oneTimeLead}
          value={made.password}
          next={
            <p class="body">
              <a href={`/admin/users/${made.user.id}`}>{t.adminPeople.secret.done}</a>
            </p>
          }
        />
      </>
    );
  }

  const validate = () => {
    const errors: FormError[] = [];
    if (!USERNAME.test(form.username.trim())) errors.push({ field: 'username', text: words.missingUsername });
    if (!form.displayName.trim()) errors.push({ field: 'displayName', text: words.missingDisplayName });
    if (!form.role) errors.push({ field: 'role', text: words.missingRole });
    if (!unit) errors.push({ field: 'unitId', text: words.missingUnit });
    if (form.passwordMode === 'typed' && [...form.password].length < limits.passwordMin) {
      errors.push({ field: 'password', text: words.missingPassword });
    }
    return errors;
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit.submit(validate, async () => {
      const user = await createUser({
        username: form.username.trim(),
        displayName: form.displayName.trim(),
        email: form.email.trim() || null,
        role: form.role as (typeof staffRoles)[number],
        unitId: unit!.id,
        ...(form.passwordMode === 'typed' ? { password: form.password } : {}),
      });
      if (user.oneTimePassword) {
        setMade({ user, password: user.oneTimePassword });
        return;
      }
      setFlash(words.created(user.displayName));
      location.route(`/admin/users/${user.id}`);
    });
  };

  return (
    <>
      <a class="back-link" href="/admin/users">
        {t.adminPeople.backToUsers}
      </a>
      <PageHeading title={words.create} />
      <ErrorSummary errors={submit.errors} message={submit.message} attempt={submit.attempt} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="username"
          label={words.username}
          hint={words.usernameHint}
          value={form.username}
          onInput={set('username')}
          error={submit.errorFor('username')}
          autocomplete="off"
          maxLength={limits.usernameMax}
          width="medium"
        />
        <TextField
          id="displayName"
          label={words.displayName}
          value={form.displayName}
          onInput={set('displayName')}
          error={submit.errorFor('displayName')}
          maxLength={200}
        />
        <TextField id="email" label={words.email} value={form.email} onInput={set('email')} error={submit.errorFor('email')} optional />
        <RoleRadios value={form.role} onChange={set('role')} error={submit.errorFor('role')} />
        <h2 class="heading-m">{words.unit}</h2>
        <p class="hint">{words.unitHint}</p>
        <UnitSearch
          id="unitId"
          chosen={unit ? [unit] : []}
          onChange={(units) => setUnit(units[units.length - 1] ?? null)}
          error={submit.errorFor('unitId')}
        />
        {submit.errorFor('unitId') && <p class="error-message">{submit.errorFor('unitId')}</p>}
        <RadioGroup
          id="passwordMode"
          legend={words.passwordChoice}
          value={form.passwordMode}
          onChange={set('passwordMode')}
          options={[
            { value: 'generate', label: words.passwordGenerate, hint: words.passwordGenerateHint },
            { value: 'typed', label: words.passwordTyped },
          ]}
        />
        {form.passwordMode === 'typed' && (
          <TextField
            id="password"
            type="password"
            label={words.password}
            hint={words.passwordHint}
            value={form.password}
            onInput={set('password')}
            error={submit.errorFor('password')}
            autocomplete="new-password"
            maxLength={limits.passwordMax}
          />
        )}
        <button type="submit" class="button" disabled={submit.busy}>
          {words.save}
        </button>
      </form>
    </>
  );
}
