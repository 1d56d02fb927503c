import '../../../styles/admin.css';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { readUser, resetPassword, updateUser, type UserView } from '../../../api/adminPeople.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { RadioGroup } from '../../../components/RadioGroup.tsx';
import { SecretOnce } from '../../../components/SecretOnce.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { UnitSearch } from '../../../components/UnitSearch.tsx';
import type { FormError } from '../../../forms/formErrors.ts';
import { setFlash } from '../../../hooks/flash.ts';
import { useFormSubmit } from '../../../hooks/useFormSubmit.ts';
import { useResource } from '../../../hooks/useResource.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';
import type { UnitListItem } from '../../../../shared/api/units.ts';
import { limits } from '../../../../shared/limits.ts';
import type { StaffRole } from '../../../../shared/staffRoles.ts';
import { NotFoundPage } from '../../NotFoundPage.tsx';
import type { PageProps } from '../../pageProps.ts';
import { RoleRadios } from './NewUserPage.tsx';

type Change = 'role' | 'unit' | 'deactivate' | 'reactivate' | 'password';
const changes: readonly Change[] = ['role', 'unit', 'deactivate', 'reactivate', 'password'];

/** The form of one change: its fields, what it checks, and what it sends. */
function ChangeForm({ change, user }: { change: Change; user: UserView }) {
  const { t, name } = useI18n();
  const words = t.adminPeople.users;
  const location = useLocation();
  const submit = useFormSubmit();
  const [role, setRole] = useState(user.role);
  const [unit, setUnit] = useState<UnitListItem | null>(null);
  const [mode, setMode] = useState('generate');
  const [password, setPassword] = useState('');
  const [oneTime, setOneTime] = useState<string | null>(null);
  const back = `/admin/users/${user.id}`;

  if (oneTime) {
    return (
      <SecretOnce
        title={words.oneTimeTitle}
        lead={words.oneTimeLead}
        value={oneTime}
        next={
          <p class="body">
            <a href={back}>{t.adminPeople.secret.done}</a>
          </p>
        }
      />
    );
  }

  const validate = () => {
    const errors: FormError[] = [];
    if (change === 'unit' && !unit) errors.push({ field: 'unitId', text: words.missingUnit });
    if (change === 'password' && mode === 'typed' && [...password].length < limits.passwordMin) {
      errors.push({ field: 'password', text: words.missingPassword });
    }
    return errors;
  };
  const done = (text: string) => {
    setFlash(text);
    location.route(back);
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit.submit(validate, async () => {
      if (change === 'role') await updateUser(user.id, { role: role as StaffRole });
      if (change === 'unit') await updateUser(user.id, { unitId: unit!.id });
      if (change === 'deactivate' || change === 'reactivate') await updateUser(user.id, { active: change === 'reactivate' });
      if (change !== 'password') return done(words.changed[change](user.displayName));
      const result = await resetPassword(user.id, mode === 'typed' ? password : undefined);
      setFlash(words.changed.password(user.displayName, result.sessionsEnded));
      if (result.oneTimePassword) setOneTime(result.oneTimePassword);
      else location.route(back);
    });
  };

  const warning = change === 'deactivate' || change === 'password';
  return (
    <>
      <ErrorSummary errors={submit.errors} message={submit.message} attempt={submit.attempt} />
      <form onSubmit={onSubmit} noValidate>
        {change === 'role' && <RoleRadios value={role} onChange={setRole} error={submit.errorFor('role')} />}
        {change === 'unit' && (
          <>
            <p class="body">{words.currentUnit(name(user.unit.name))}</p>
            <UnitSearch
              id="unitId"
              chosen={unit ? [unit] : []}
              onChange={(units) => setUnit(units[units.length - 1] ?? null)}
              error={submit.errorFor('unitId')}
            />
            {submit.errorFor('unitId') && <p class="error-message">{submit.errorFor('unitId')}</p>}
          </>
        )}
        {change === 'deactivate' && <p class="lead">{words.deactivateLead}</p>}
        {change === 'reactivate' && <p class="lead">{words.reactivateLead}</p>}
        {change === 'password' && (
          <>
            <p class="lead">{words.resetLead}</p>
            <RadioGroup
              id="passwordMode"
              legend={words.passwordChoice}
              value={mode}
              onChange={setMode}
              options={[
                { value: 'generate', label: words.passwordGenerate, hint: words.passwordGenerateHint },
                { value: 'typed', label: words.passwordTyped },
              ]}
            />
            {mode === 'typed' && (
              <TextField
                id="password"
                type="password"
                label={words.password}
                hint={words.passwordHint}
                value={password}
                onInput={setPassword}
                error={submit.errorFor('password')}
                autocomplete="new-password"
                maxLength={limits.passwordMax}
              />
            )}
          </>
        )}
        <div class="button-group">
          <button type="submit" class={`button${warning ? ' button--warning' : ''}`} disabled={submit.busy}>
            {change === 'deactivate'
              ? words.deactivate
              : change === 'reactivate'
                ? words.reactivate
                : change === 'password'
                  ? words.resetSubmit
                  : words.saveChange}
          </button>
          <a class="link-secondary" href={back}>
            {t.cancel}
          </a>
        </div>
      </form>
    </>
  );
}

/** `/admin/users/:id/:change`: change a role or unit, deactivate or reactivate, or reset the password. */
export function UserChangePage({ params }: PageProps) {
  const { t } = useI18n();
  const words = t.adminPeople.users;
  const id = params['id'] ?? '';
  const change = changes.find((c) => c === params['change']);
  const user = useResource(() => readUser(id), [id]);
  if (!change) return <NotFoundPage />;
  if (user.error) return <LoadError error={user.error} retry={user.reload} />;
  if (!user.data) return <Loading />;
  const who = user.data.displayName;
  const titles: Record<Change, string> = {
    role: words.roleTitle(who),
    unit: words.unitTitle(who),
    deactivate: words.deactivateTitle(who),
    reactivate: words.reactivateTitle(who),
    password: words.resetTitle(who),
  };
  return (
    <>
      <a class="back-link" href={`/admin/users/${id}`}>
        {t.adminPeople.backToUser}
      </a>
      <PageHeading title={titles[change]} />
      <ChangeForm change={change} user={user.data} />
    </>
  );
}
