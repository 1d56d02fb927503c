import type { ComponentChildren } from 'preact';
import type { PortalLocale } from './portalLocale.ts';

export interface Crumb {
  label: string;
  href?: string;
}

export interface OpenGraph {
  /** Absolute URL of the 1200×630 share card. */
  image: string;
  imageAlt: string;
  url: string;
  description: string;
}

export interface PortalPageProps {
  l: PortalLocale;
  title: string;
  css: readonly string[];
  crumbs: readonly Crumb[];
  openGraph?: OpenGraph;
  children: ComponentChildren;
}

/**
 * Every portal page: a calm GOV.UK-like frame with the service name, the language switch,
 * breadcrumbs and a footer of the public services. No script: the page reads without JavaScript.
 */
export function PortalLayout({ l, title, css, crumbs, openGraph, children }: PortalPageProps) {
  const service = l.t('ติดตาม · ข้อมูลสาธารณะ', 'Tidtam · Open government');
  return (
    <html lang={l.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${service}`}</title>
        <link rel="icon" href="/favicon.ico" sizes="32x32" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        {css.map((href) => (
          <link rel="stylesheet" href={href} key={href} />
        ))}
        {openGraph && (
          <>
            <meta name="description" content={openGraph.description} />
            <meta property="og:type" content="website" />
            <meta property="og:site_name" content={service} />
            <meta property="og:title" content={title} />
            <meta property="og:description" content={openGraph.description} />
            <meta property="og:url" content={openGraph.url} />
            <meta property="og:locale" content={l.lang === 'th' ? 'th_TH' : 'en_GB'} />
            <meta property="og:image" content={openGraph.image} />
            <meta property="og:image:type" content="image/png" />
            <meta property="og:image:width" content="1200" />
            <meta property="og:image:height" content="630" />
            <meta property="og:image:alt" content={openGraph.imageAlt} />
            <meta name="twitter:card" content="summary_large_image" />
          </>
        )}
      </head>
      <body class="portal">
        <a class="skip-link" href="#main">
          {l.t('ข้ามไปยังเนื้อหาหลัก', 'Skip to main content')}
        </a>
        <header class="portal-header">
          <div class="portal-width portal-header__inner">
            <a class="portal-header__service" href={l.href('/portal')}>
              {service}
            </a>
            <a
              class="portal-header__language"
              href={l.otherLanguageHref}
              hrefLang={l.lang === 'th' ? 'en' : 'th'}
              lang={l.lang === 'th' ? 'en' : 'th'}
            >
              {l.lang === 'th' ? 'English' : 'ภาษาไทย'}
            </a>
          </div>
        </header>
        <div class="portal-width">
          <nav class="portal-breadcrumbs" aria-label={l.t('เส้นทางนำทาง', 'Breadcrumb')}>
            <ol>
              {crumbs.map((crumb) => (
                <li key={crumb.label}>
                  {crumb.href ? <a href={crumb.href}>{crumb.label}</a> : <span aria-current="page">{crumb.label}</span>}
                </li>
              ))}
            </ol>
          </nav>
          <main id="main" class="portal-main">
            <h1 class="heading-xl">{title}</h1>
            {children}
          </main>
        </div>
        <footer class="portal-footer">
          <div class="portal-width">
            <h2 class="visually-hidden">{l.t('บริการสาธารณะ', 'Public services')}</h2>
            <ul class="portal-footer__links">
              <li>
                <a href={l.href('/portal/data')}>{l.t('ข้อมูลเปิด', 'Open data')}</a>
              </li>
              <li>
                <a href={l.href('/portal/policies')}>{l.t('นโยบายและข้อสั่งการ', 'Policies and directives')}</a>
              </li>
              <li>
                <a href={l.href('/portal/information')}>{l.t('ข้อมูลข่าวสารที่เปิดเผยตามคำขอ', 'Disclosure log')}</a>
              </li>
              <li>
                <a href="/open311/v2/services.json">{l.t('Open311 (สำหรับนักพัฒนา)', 'Open311 (for developers)')}</a>
              </li>
              <li>
                <a href="/complain">{l.t('ร้องเรียน', 'Make a complaint')}</a>
              </li>
              <li>
                <a href="/track">{l.t('ติดตามเรื่องร้องเรียน', 'Track a complaint')}</a>
              </li>
              <li>
                <a href="/information-request">{l.t('ขอข้อมูลข่าวสารของราชการ', 'Ask for official information')}</a>
              </li>
              <li>
                <a href="/information-request/track">{l.t('ติดตามคำขอข้อมูลข่าวสาร', 'Track an information request')}</a>
              </li>
            </ul>
            <p class="caption">
              {l.t(
                'ข้อมูลสาธารณะตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 ไม่มีข้อมูลส่วนบุคคลของผู้ร้องเรียน',
                'Published under the Official Information Act B.E. 2540. No complainant’s personal data is shown.',
              )}
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
