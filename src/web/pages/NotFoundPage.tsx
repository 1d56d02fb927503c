import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t.notFoundTitle} />
      <p class="body">{t.notFoundBody}</p>
      <p class="body">
        <a href="/">{t.goHome}</a>
      </p>
    </>
  );
}
