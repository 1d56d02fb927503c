/**
 * Dates in Tidtam are shown in the Buddhist era (พ.ศ. = C.E. + 543), the
 * calendar of every Thai government document, and in Bangkok time whatever the
 * server's or browser's zone. Used by the server (reports) and the browser.
 */
export type Locale = 'th' | 'en';

export const THAI_TIME_ZONE = 'Asia/Bangkok';

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

export function buddhistYear(value: Date | string): number {
  const year = Number(new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone: THAI_TIME_ZONE }).format(new Date(value)));
  return year + 543;
}

/**
 * The instant a due date ends in Bangkok: a directive "due 30 Nov" is due until
 * 23:59:59 Bangkok time that day. `day` is `YYYY-MM-DD` in the Gregorian calendar.
 */
export function endOfThaiDay(day: string): Date {
  return new Date(`${day}T23:59:59.999+07:00`);
}

/** The Bangkok calendar day of an instant, as `YYYY-MM-DD`. */
export function thaiDay(value: Date | string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: THAI_TIME_ZONE }).format(new Date(value));
}
