import { useI18n } from '../i18n/I18nContext.tsx';

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" role="status">
      {t.loading}
    </p>
  );
}
