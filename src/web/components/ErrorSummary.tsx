import { useLayoutEffect, useRef } from 'preact/hooks';
import type { FormError } from '../forms/formErrors.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

interface Props {
  errors: FormError[];
  message?: string | undefined;
  /** Changes on each failed submit; the summary then takes focus so the problem is heard and seen first. */
  attempt: number;
}

/**
 * GOV.UK's error summary: at the top of the form, focused after a failed
 * submit, each problem a link to its field.
 */
export function ErrorSummary({ errors, message, attempt }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const visible = errors.length > 0 || Boolean(message);

  useLayoutEffect(() => {
    if (visible && attempt > 0) {
      ref.current?.focus();
      ref.current?.scrollIntoView({ block: 'start' });
    }
  }, [attempt, visible]);

  if (!visible) return null;

  const focusField = (event: MouseEvent, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus();
    (target.closest('fieldset, .form-group') ?? target).scrollIntoView({ block: 'start' });
  };

  return (
    <div class="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 class="error-summary__title" id="error-summary-title">
        {t.errorSummaryTitle}
      </h2>
      {message && <p class="error-summary__message">{message}</p>}
      {errors.length > 0 && (
        <ul class="error-summary__list">
          {errors.map((error) => (
            <li key={error.field}>
              <a href={`#${error.field}`} onClick={(event) => focusField(event, error.field)}>
                {error.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
