import { useLayoutEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n/I18nContext.tsx';

/**
 * A success banner (GOV.UK notification banner): it takes focus when it
 * appears, so the confirmation is heard and the next Tab starts from it.
 */
export function Notice({ text }: { text: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ref.current?.focus();
  }, [text]);
  return (
    <div class="notice" role="status" tabIndex={-1} ref={ref} aria-labelledby="notice-title">
      <h2 class="notice__title" id="notice-title">
        {t.successTitle}
      </h2>
      <p class="notice__text">{text}</p>
    </div>
  );
}
