import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { PageProps } from './pageProps.ts';

/**
 * A page whose code is fetched the first time its route matches, so a citizen opening /complain never
 * downloads the staff console (issue #12: the first load under 100 KB).
 *
 * Not preact-iso's `lazy()`: that one suspends the router, which keeps the page being left on screen, and
 * alive, until the next one has loaded, and that page then sees the new address: the sign-in page, still
 * mounted, read `/league` as "no `next`" and sent the person home; a protected page sent someone who had just
 * signed out to sign in again with itself as `next`. Here the old page goes at once, as when everything was
 * one bundle, and the new one draws as soon as its code is there (already on its way when the server named
 * it in a `Link` header).
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P & PageProps> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= load().then(
      (page) => (loaded = page),
      (error: unknown) => {
        // A failed fetch (offline, or a deploy replaced the files) may be tried again.
        loading = null;
        throw error;
      },
    ));

  return function LazyPage(props: P & PageProps) {
    const [failed, setFailed] = useState(false);
    const [, setReady] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let current = true;
      start().then(
        () => current && setReady(true),
        () => current && setFailed(true),
      );
      return () => {
        current = false;
      };
    }, []);
    if (loaded) {
      const Page = loaded;
      return <Page {...props} />;
    }
    return failed ? <PageLoadFailed /> : null;
  };
}

/** The page's code did not arrive: say so, and offer the one thing that helps (loading the page again). */
function PageLoadFailed() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t.loadFailedTitle} />
      <button type="button" class="button button--secondary" onClick={() => window.location.reload()}>
        {t.tryAgain}
      </button>
    </>
  );
}
