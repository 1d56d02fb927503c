import { BUDDHIST_ERA_OFFSET, thaiDay } from '../../../../shared/thaiTime.ts';

/**
 * A holiday's day (`2026-04-13`, a Gregorian calendar day) as people read it: the Thai day name and the
 * Buddhist-era year, "วันจันทร์ที่ 13 เมษายน พ.ศ. 2569" / "Monday 13 April 2569 BE". Formatted in UTC, the
 * day being a calendar day, not an instant.
 */
export function holidayDayText(day: string, locale: 'th' | 'en'): string {
  const format = new Intl.DateTimeFormat(locale === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB-u-ca-buddhist', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.format(new Date(`${day}T00:00:00Z`));
}

/** The Buddhist-era year of a Gregorian one: 2026 → 2569. */
export const buddhistYear = (year: number) => year + BUDDHIST_ERA_OFFSET;

/** This year in Bangkok, Gregorian. */
export const thisYear = () => Number(thaiDay(new Date()).slice(0, 4));
