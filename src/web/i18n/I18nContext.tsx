import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { formatDate, formatDateTime, type Locale } from '../../shared/buddhistEra.ts';
import type { LocalizedText } from '../../shared/api/common.ts';
import { th, type Messages } from './th.ts';

const STORAGE_KEY = 'tidtam.locale';
/*
 * Thai is in the first download; English is its own chunk, fetched when a reader chooses it
 * (or chose it before), so a Thai reader's first load of /complain carries one language only
 * (issue #12: the citizen pages' first load stays under 100 KB compressed).
 */
const dictionaries: Partial<Record<Locale, Messages>> = { th };
/** Fetches a language's words once; the provider waits for them (tests too, before rendering in English). */
export const loadDictionary = async (locale: Locale): Promise<Messages> =>
  (dictionaries[locale] ??= locale === 'en' ? (await import('./en.ts')).en : th);

export interface I18n {
  locale: Locale;
  t: Messages;
  setLocale(locale: Locale): void;
  /** A bilingual name from the API in the reader's language. */
  name(text: LocalizedText): string;
  /** A day in the Buddhist era: 22 พ.ย. 2569. */
  date(iso: string): string;
  /** A moment in the Buddhist era, Bangkok time: 22 พ.ย. 2569 09:30. */
  dateTime(iso: string): string;
}

function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'th';
  } catch {
    return 'th';
  }
}

const I18nContext = createContext<I18n | null>(null);

/** Thai unless the person chose English; the choice is kept in this browser and sets <html lang>. */
export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  const [, setLoaded] = useState(0);
  const t = dictionaries[locale];

  useEffect(() => {
    // A reader who chose English before: nothing is shown until English arrives, rather than Thai for a moment.
    if (!t) void loadDictionary(locale).then(() => setLoaded((n) => n + 1));
  }, [locale, t]);

  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18n | null>(() => {
    if (!t) return null;
    return {
      locale,
      t,
      setLocale(next) {
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Private browsing may refuse storage; the choice then lasts for this page only.
        }
        // The page stays as it is (a half-filled form keeps its answers) until the words have arrived.
        void loadDictionary(next).then(() => setLocaleState(next));
      },
      name: (text) => (locale === 'th' ? text.th : text.en),
      date: (iso) => formatDate(iso, locale),
      dateTime: (iso) => formatDateTime(iso, locale),
    };
  }, [locale, t]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
