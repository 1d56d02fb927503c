import type { Locale } from '../../shared/buddhistEra.ts';

/**
 * The words and links of one portal page in one language: Thai by default, English with
 * `?lang=en`, and every link the page writes keeps the language (a visitor who chose English
 * is not sent back to Thai by the next click).
 */
export interface PortalLocale {
  lang: Locale;
  /** Thai or English words. */
  t: (th: string, en: string) => string;
  /** A name with an optional English form (areas, units, categories). */
  name: (th: string, en: string | null | undefined) => string;
  /** A root-relative link in the page's language, with extra query parameters. */
  href: (path: string, params?: Record<string, string | number | undefined>) => string;
  /** The same page in the other language, for the language switch. */
  otherLanguageHref: string;
  number: (value: number) => string;
  percent: (share: number | null) => string;
}

export function portalLocale(lang: Locale, path: string, query: Record<string, unknown>): PortalLocale {
  const numberFormat = new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-GB');
  const percentFormat = new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 });
  const link = (target: Locale, to: string, params: Record<string, string | number | undefined> = {}) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value !== undefined && key !== 'lang') search.set(key, String(value));
    if (target === 'en') search.set('lang', 'en');
    const text = search.toString();
    return text ? `${to}?${text}` : to;
  };
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) if (typeof value === 'string' || typeof value === 'number') kept[key] = String(value);
  return {
    lang,
    t: (th, en) => (lang === 'th' ? th : en),
    name: (th, en) => (lang === 'en' && en ? en : th),
    href: (to, params) => link(lang, to, params),
    otherLanguageHref: link(lang === 'th' ? 'en' : 'th', path, kept),
    number: (value) => numberFormat.format(value),
    percent: (share) => (share === null ? '–' : percentFormat.format(share)),
  };
}
