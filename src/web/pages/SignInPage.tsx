import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { signIn } from '../api/endpoints.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { TextField } from '../components/TextField.tsx';
import type { FormError } from '../forms/formErrors.ts';
import { useFormSubmit } from '../hooks/useFormSubmit.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { limits } from '../../shared/limits.ts';
import { useSession } from '../session/SessionContext.tsx';

/** Only paths inside this app are followed after sign-in, never another site. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/signin') ? next : '/';
}

export function SignInPage() {
  const { t } = useI18n();
  const { state, signedIn } = useSession();
  const location = useLocation();
  const next = safeNext(location.query['next']);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormSubmit((path) => (path === 'username' || path === 'password' ? path : undefined));

  useEffect(() => {
    if (state.status === 'signedIn') location.route(next, true);
  }, [state, next, location]);

  const validate = () => {
    const errors: FormError[] = [];
    if (!username.trim()) errors.push({ field: 'username', text: t.signIn.usernameMissing });
    if (!password) errors.push({ field: 'password', text: t.signIn.passwordMissing });
    return errors;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(validate, async () => {
      const session = await signIn(username.trim(), password);
      setPassword('');
      signedIn(session);
    });
  };

  return (
    <div class="narrow">
      <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
      <PageHeading title={t.signIn.title} />
      <p class="lead">{t.signIn.lead}</p>
      {location.query['expired'] && !form.attempt && <p class="inset">{t.signIn.expired}</p>}
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="username"
          label={t.signIn.username}
          value={username}
          onInput={setUsername}
          autocomplete="username"
          maxLength={limits.usernameMax}
          width="medium"
          error={form.errorFor('username')}
        />
        <TextField
          id="password"
          label={t.signIn.password}
          type="password"
          value={password}
          onInput={setPassword}
          autocomplete="current-password"
          maxLength={limits.passwordMax}
          width="medium"
          error={form.errorFor('password')}
        />
        <button type="submit" class="button">
          {t.signIn.submit}
        </button>
      </form>
    </div>
  );
}
