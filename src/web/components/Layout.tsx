import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/I18nContext.tsx';
import { Footer } from './Footer.tsx';
import { Header } from './Header.tsx';

/** Skip link, header, the page, footer: the frame every screen shares. */
export function Layout({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  const skip = (event: MouseEvent) => {
    const main = document.getElementById('main-content');
    if (!main) return;
    event.preventDefault();
    main.focus();
  };
  return (
    <>
      <a href="#main-content" class="skip-link" onClick={skip}>
        {t.skipLink}
      </a>
      <Header />
      <div class="page-body">
        <div class="width-container">
          <main class="main" id="main-content" tabIndex={-1}>
            {children}
          </main>
        </div>
      </div>
      <Footer />
    </>
  );
}
