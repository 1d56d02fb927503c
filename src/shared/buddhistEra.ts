import { THAI_TIME_ZONE } from './thaiTime.ts';

/**
 * Dates in Tidtam are shown in the Buddhist era (พ.ศ. = C.E. + 543), the
 * calendar of every Thai government document, and in Bangkok time whatever the
 * server's or browser's zone. Used by the server (reports) and the browser.
 * Arithmetic on Bangkok days and years lives in `thaiTime.ts`; this file only
 * writes dates for people to read.
 */
export type Locale = 'th' | 'en';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, withTime: boolean, style: 'medium' | 'long'): Intl.DateTimeFormat {
  const key = `${locale}:${withTime}:${style}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB-u-ca-buddhist', {
      dateStyle: style,
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone: THAI_TIME_ZONE,
    });
    formats.set(key, formatter);
  }
  return formatter;
}

/** 22 พ.ย. 2569 / 22 Nov 2569 BE */
export function formatDate(value: Date | string, locale: Locale = 'th', style: 'medium' | 'long' = 'medium'): string {
  return format(locale, false, style).format(new Date(value));
}

/** 22 พ.ย. 2569 09:30 / 22 Nov 2569 BE, 09:30 */
export function formatDateTime(value: Date | string, locale: Locale = 'th'): string {
  return format(locale, true, 'medium').format(new Date(value));
}
