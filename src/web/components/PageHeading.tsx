import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { takePendingFocus } from '../hooks/navigationFocus.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

interface Props {
  /** The page's name, also used for the browser tab's title. */
  title: string;
  /** A small line above the heading, such as the case reference. */
  caption?: ComponentChildren;
  children?: ComponentChildren;
}

/** The page's one h1: it names the tab and takes focus after a route change. */
export function PageHeading({ title, caption, children }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);

  useLayoutEffect(() => {
    if (takePendingFocus()) ref.current?.focus();
  }, []);

  useEffect(() => {
    document.title = `${title} – ${t.serviceName}`;
  }, [title, t]);

  return (
    <div class="page-heading">
      {caption && <p class="caption">{caption}</p>}
      <h1 ref={ref} tabIndex={-1} class="heading-xl">
        {children ?? title}
      </h1>
    </div>
  );
}
