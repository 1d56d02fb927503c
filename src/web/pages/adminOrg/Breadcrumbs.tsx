import { useI18n } from '../../i18n/I18nContext.tsx';

/** Where a page sits (GOV.UK breadcrumbs): wraps on a phone instead of widening the page. */
export function Breadcrumbs({ trail }: { trail: { href: string; text: string }[] }) {
  const { locale } = useI18n();
  return (
    <nav class="breadcrumbs" aria-label={locale === 'th' ? 'ตำแหน่งของหน้านี้' : 'Breadcrumb'}>
      <ol class="breadcrumbs__list">
        {trail.map((step) => (
          <li class="breadcrumbs__item" key={step.href}>
            <a href={step.href}>{step.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
