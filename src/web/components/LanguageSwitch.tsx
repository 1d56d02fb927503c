import { useI18n } from '../i18n/I18nContext.tsx';

/** Names the other language in that language, so a person who cannot read this page can still find it. */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  const other = locale === 'th' ? 'en' : 'th';
  return (
    <button type="button" class="language-switch" lang={other} onClick={() => setLocale(other)}>
      <span class="visually-hidden">{t.header.switchLanguagePrefix} </span>
      {t.header.switchLanguage}
    </button>
  );
}
