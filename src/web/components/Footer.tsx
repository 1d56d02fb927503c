import { useI18n } from '../i18n/I18nContext.tsx';

export function Footer() {
  const { t } = useI18n();
  return (
    <footer class="footer">
      <div class="width-container">
        <p class="footer__text">{t.footer.openSource}</p>
        <p class="footer__text">
          <a class="footer__link" href="/api/docs">
            {t.footer.apiDocs}
          </a>
        </p>
      </div>
    </footer>
  );
}
