/**
 * Time in Thailand, computed one way by the server and the browser alike.
 *
 * Asia/Bangkok has been UTC+7 all year since 1 April 1920 and has no daylight
 * saving (IANA tz database, `Asia/Bangkok`), so a fixed offset gives the same
 * answer as a time-zone database for every date Tidtam stores, whatever the
 * machine's own zone, with no `Intl` data to load and no formatter to call:
 * a day boundary is one addition. Calendar days are written `YYYY-MM-DD` in the
 * Gregorian calendar (for storage and sorting); people read the year in the
 * Buddhist era (พ.ศ. = ค.ศ. + 543), the calendar of every Thai government
 * document. Pure: no Node or browser APIs.
 */
export const THAI_TIME_ZONE = 'Asia/Bangkok';

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;
export const MS_PER_DAY = 24 * MS_PER_HOUR;

/** Bangkok's fixed distance ahead of UTC (UTC+7, no daylight saving since 1920). */
export const BANGKOK_OFFSET_MS = 7 * MS_PER_HOUR;

/** Years of the Buddhist era ahead of the Common Era: 2026 CE is 2569 BE. */
export const BUDDHIST_ERA_OFFSET = 543;

/** A duration of `n` minutes in milliseconds. */
export function minutes(n: number): number {
  return n * MS_PER_MINUTE;
}

/** A duration of `n` hours in milliseconds. */
export function hours(n: number): number {
  return n * MS_PER_HOUR;
}

/** A duration of `n` days of 24 hours in milliseconds (Bangkok has no daylight saving, so every day is 24 hours). */
export function days(n: number): number {
  return n * MS_PER_DAY;
}

/** A Date whose UTC fields read Bangkok's wall clock; internal, never leaves this file. */
function bangkokWallClock(instant: Date | string): Date {
  return new Date(new Date(instant).getTime() + BANGKOK_OFFSET_MS);
}

/** The Bangkok calendar date of an instant, in the Gregorian calendar (month 1–12). */
export function thaiDateParts(instant: Date | string): { year: number; month: number; day: number } {
  const local = bangkokWallClock(instant);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** The Bangkok calendar day of an instant, as `YYYY-MM-DD`: 20:00 UTC on 31 December is already 1 January. */
export function thaiDay(instant: Date | string): string {
  // toISOString throws on an invalid date, as the Intl formatter this replaces did.
  return bangkokWallClock(instant).toISOString().slice(0, 10);
}

/** The Bangkok calendar month of an instant, as `YYYY-MM` (a reporting period). */
export function thaiMonth(instant: Date | string): string {
  return thaiDay(instant).slice(0, 7);
}

/** The instant a Bangkok calendar day (`YYYY-MM-DD`) begins: 00:00 Bangkok time is 17:00 UTC the day before. */
export function startOfThaiDay(day: string): Date {
  return new Date(`${day}T00:00:00.000+07:00`);
}

/**
 * The instant a due date ends in Bangkok: a directive "due 30 Nov" is due until
 * 23:59:59 Bangkok time that day. `day` is `YYYY-MM-DD` in the Gregorian calendar.
 */
export function endOfThaiDay(day: string): Date {
  return new Date(`${day}T23:59:59.999+07:00`);
}

/**
 * The Buddhist-era year of an instant in Bangkok time, the year a Thai
 * government reference number carries (ที่ นร 0105/2569). Taken in Bangkok,
 * not UTC: from 00:00 to 07:00 on 1 January the UTC year is still the old one.
 */
export function buddhistYear(instant: Date | string): number {
  return thaiDateParts(instant).year + BUDDHIST_ERA_OFFSET;
}
