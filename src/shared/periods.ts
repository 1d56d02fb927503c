import type { Locale } from './buddhistEra.ts';
import { THAI_TIME_ZONE } from './thaiTime.ts';

const formats = new Map<Locale, Intl.DateTimeFormat>();

/** A reporting period `YYYY-MM` as people read it, in the Buddhist era: ธ.ค. 2569 / Dec 2569 BE. */
export function formatPeriod(period: string, locale: Locale = 'th'): string {
  let formatter = formats.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB-u-ca-buddhist', {
      month: 'short',
      year: 'numeric',
      timeZone: THAI_TIME_ZONE,
    });
    formats.set(locale, formatter);
  }
  // The 15th at noon Bangkok time is inside the month whatever the zone.
  return formatter.format(new Date(`${period}-15T12:00:00+07:00`));
}
