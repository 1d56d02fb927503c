import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/I18nContext.tsx';

interface Props {
  title: string;
  lead: string;
  value: string;
  /** How to use the secret, under it. */
  use?: string;
  /** Where to go once it is copied (GOV.UK: one clear next step). */
  next: ComponentChildren;
}

/**
 * A secret the server answers once (a one-time password, an API token, an Open311 key): it takes
 * focus so it is read out, can be copied with one button, and the page says it will not be shown again.
 */
export function SecretOnce({ title, lead, value, use, next }: Props) {
  const { t } = useI18n();
  const words = t.adminPeople.secret;
  const ref = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div class="secret" ref={ref} tabIndex={-1} role="region" aria-labelledby="secret-title">
      <h2 class="heading-m" id="secret-title">
        {title}
      </h2>
      <p class="body">{lead}</p>
      <code class="secret__value" data-secret>
        {value}
      </code>
      {use && <p class="hint">{use}</p>}
      <div class="button-group">
        <button type="button" class="button button--secondary" onClick={() => void copy()}>
          {words.copy}
        </button>
        <span role="status">{copied === 'yes' ? words.copied : copied === 'failed' ? words.copyFailed : ''}</span>
      </div>
      {next}
    </div>
  );
}
