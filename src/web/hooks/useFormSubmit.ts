import { useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import { apiFieldErrors, firstSegment, type FormError } from '../forms/formErrors.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

export interface FormSubmit {
  errors: FormError[];
  /** The API's message about the whole request, when it refused it. */
  message: string | undefined;
  /** Counts failed submits, so the error summary takes focus again on each. */
  attempt: number;
  busy: boolean;
  errorFor(field: string): string | undefined;
  /** The person changed this field: its error (and the summary's line for it) goes, the others stay. */
  clearError(field: string): void;
  /** Takes every error and the message away (another form on the page succeeded, the form is gone). */
  reset(): void;
  submit(validate: () => FormError[], run: () => Promise<void>): Promise<void>;
}

/**
 * A form's submit in the GOV.UK way: check what the browser can, then send;
 * problems from either go to the error summary (focused) and beside the fields,
 * until the field is changed (`clearError`) or the form is sent successfully.
 */
export function useFormSubmit(fieldFor: (path: string) => string | undefined = firstSegment): FormSubmit {
  const { locale } = useI18n();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [message, setMessage] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const fail = (nextErrors: FormError[], nextMessage?: string) => {
    setErrors(nextErrors);
    setMessage(nextMessage);
    setAttempt((n) => n + 1);
  };

  return {
    errors,
    message,
    attempt,
    busy,
    errorFor: (field) => errors.find((error) => error.field === field)?.text,
    clearError(field) {
      if (!errors.some((error) => error.field === field)) return;
      // From the latest list, so clearing two fields in one event clears both.
      setErrors((current) => {
        const left = current.filter((error) => error.field !== field);
        // The request's message was about the fields listed ("check the fields listed"): with none left, it goes too.
        if (left.length === 0) setMessage(undefined);
        return left;
      });
    },
    reset() {
      setErrors([]);
      setMessage(undefined);
    },
    async submit(validate, run) {
      if (busy) return;
      const problems = validate();
      if (problems.length > 0) return fail(problems);
      setBusy(true);
      try {
        await run();
        // Done: the problems of an earlier try are no longer true (issue #13, item 4).
        setErrors([]);
        setMessage(undefined);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        // A lost session sends the person to sign in (see SessionContext); a wrong password is a form error.
        if (error.code === 'unauthenticated') return;
        fail(apiFieldErrors(error, locale, fieldFor), error.text(locale));
      } finally {
        setBusy(false);
      }
    },
  };
}
