import type { Locale } from '../../../shared/buddhistEra.ts';

const percents = new Map<Locale, Intl.NumberFormat>();
const counts = new Map<Locale, Intl.NumberFormat>();

/** A share 0–1 as a percentage with one decimal: 88.0%. */
export function percent(value: number | null, locale: Locale): string {
  if (value === null) return '—';
  let format = percents.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'th' ? 'th-TH' : 'en-GB', {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    percents.set(locale, format);
  }
  return format.format(value);
}

/** A whole count with thousands separators: 1,000. */
export function count(value: number | null, locale: Locale): string {
  if (value === null) return '—';
  let format = counts.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'th' ? 'th-TH' : 'en-GB', { maximumFractionDigits: 0 });
    counts.set(locale, format);
  }
  return format.format(value);
}
