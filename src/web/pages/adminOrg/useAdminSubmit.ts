import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { apiFieldErrors, firstSegment, type FormError } from '../../forms/formErrors.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

/**
 * A form's submit for the administrators' organisation pages: problems go to the error summary
 * (focused) and beside their fields; a good submit clears them all, and correcting a field
 * clears its own message, so an old error never sits above a success.
 */
export function useAdminSubmit(fieldFor: (path: string) => string | undefined = firstSegment) {
  const { locale } = useI18n();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [message, setMessage] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const fail = (next: FormError[], text?: string) => {
    setErrors(next);
    setMessage(text);
    setAttempt((n) => n + 1);
  };
  return {
    errors,
    message,
    attempt,
    busy,
    errorFor: (field: string) => errors.find((error) => error.field === field)?.text,
    /** The person changed this field: its message goes, the others stay until the next submit. */
    corrected(field: string) {
      if (errors.some((error) => error.field === field)) setErrors(errors.filter((error) => error.field !== field));
    },
    async submit(validate: () => FormError[], run: () => Promise<void>) {
      if (busy) return;
      const problems = validate();
      if (problems.length > 0) return fail(problems);
      setBusy(true);
      try {
        await run();
        setErrors([]);
        setMessage(undefined);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        if (error.code === 'unauthenticated') return;
        const fields = apiFieldErrors(error, locale, fieldFor);
        // A field error says what to fix; the general "some data is not valid" line adds nothing then.
        fail(fields, fields.length > 0 ? undefined : error.text(locale));
      } finally {
        setBusy(false);
      }
    },
  };
}
