import type { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { PageHeading } from './PageHeading.tsx';

/**
 * What a page (or, `inline`, one part of a page) shows when its data could not
 * be loaded: the API's words and a way to try again.
 */
export function LoadError({ error, retry, inline }: { error: ApiError; retry?: () => void; inline?: boolean }) {
  const { t, locale } = useI18n();
  const missing = error.status === 404;
  const title = missing ? t.notFoundTitle : t.loadFailedTitle;
  return (
    <>
      {inline ? <h3 class="heading-s">{title}</h3> : <PageHeading title={title} />}
      <p class="body">{missing ? t.notFoundBody : error.text(locale)}</p>
      {retry && !missing ? (
        <button type="button" class="button button--secondary" onClick={retry}>
          {t.tryAgain}
        </button>
      ) : (
        <p class="body">
          <a href="/">{t.goHome}</a>
        </p>
      )}
    </>
  );
}
