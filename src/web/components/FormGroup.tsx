import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/I18nContext.tsx';

interface Props {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren | undefined;
  error?: string | undefined;
  optional?: boolean;
  children: ComponentChildren;
}

/** The ids a control names in aria-describedby: its hint and its error, when shown. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** Label, hint and error message around one control, as GOV.UK lays them out. */
export function FormGroup({ id, label, hint, error, optional, children }: Props) {
  const { t } = useI18n();
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <label class="label" for={id}>
        {label}
        {optional && <span class="label__optional"> {t.optional}</span>}
      </label>
      {hint && (
        <div class="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={id} text={error} />}
      {children}
    </div>
  );
}

export function ErrorMessage({ id, text }: { id: string; text: string }) {
  const { t } = useI18n();
  return (
    <p class="error-message" id={`${id}-error`}>
      <span class="visually-hidden">{t.errorPrefix}: </span>
      {text}
    </p>
  );
}
