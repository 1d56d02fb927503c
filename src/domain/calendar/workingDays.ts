import { MS_PER_DAY, endOfThaiDay, thaiDay } from '../../shared/thaiTime.ts';

/**
 * Working days (วันทำการ) of Thai government offices, in Bangkok time (UTC+7).
 *
 * A working day is a Bangkok calendar day (`YYYY-MM-DD`) that is neither a Saturday, a Sunday, nor
 * a public holiday (วันหยุดราชการ) in the calendar passed in (the `public_holidays` table, kept by
 * administrators as data, substitution days included).
 *
 * The counting rule, the usual rule of Thai administration:
 * 1. A request is received on the Bangkok day it arrives; one that arrives on a weekend or a holiday
 *    is received on the next working day (the day the office can register it, ลงรับ). The time of
 *    day does not matter: 23:59 Bangkok is still that day, 00:00 is the next.
 * 2. The day of receipt is not counted. Counting starts the next day and counts working days only.
 * 3. The deadline of "n working days" is the end (23:59:59.999 Bangkok) of the n-th working day after
 *    the day of receipt. Since only working days are counted, a deadline never falls on a weekend or a
 *    holiday: it has already moved to the next working day.
 * 4. "0 working days" is the end of the day of receipt.
 *
 * Pure: the holidays are passed in, nothing is read.
 */
export type HolidaySet = ReadonlySet<string>;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The longest count accepted (ten years of working days); a guard against a runaway loop. */
export const MAX_WORKING_DAYS = 2_500;

function weekday(day: string): number {
  return new Date(`${day}T00:00:00.000Z`).getUTCDay();
}

/** The calendar day after `day` (`YYYY-MM-DD`). */
export function nextCalendarDay(day: string): string {
  return new Date(new Date(`${day}T00:00:00.000Z`).getTime() + MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whether `day` is a real calendar day written `YYYY-MM-DD` (2027-02-29 is not). */
export function isCalendarDay(day: string): boolean {
  if (!DAY_PATTERN.test(day)) return false;
  const parsed = new Date(`${day}T00:00:00.000Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/** Whether a Bangkok day (`YYYY-MM-DD`) is a working day: not Saturday, not Sunday, not a public holiday. */
export function isWorkingDay(day: string, holidays: HolidaySet): boolean {
  const dow = weekday(day);
  return dow !== 0 && dow !== 6 && !holidays.has(day);
}

/** The first working day on or after `day`. */
export function workingDayOnOrAfter(day: string, holidays: HolidaySet): string {
  let current = day;
  for (let guard = 0; !isWorkingDay(current, holidays); guard++) {
    if (guard > 366) throw new Error(`no working day within a year after ${day}`);
    current = nextCalendarDay(current);
  }
  return current;
}

/** The day a request arriving at `instant` is received (rule 1): its Bangkok day, or the next working day. */
export function dayOfReceipt(instant: Date, holidays: HolidaySet): string {
  return workingDayOnOrAfter(thaiDay(instant), holidays);
}

/** The Bangkok day (`YYYY-MM-DD`) of the n-th working day after the day `from` is received. */
export function nthWorkingDayAfter(from: Date, n: number, holidays: HolidaySet): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) throw new RangeError(`working days must be 0–${MAX_WORKING_DAYS}, not ${n}`);
  let day = dayOfReceipt(from, holidays);
  for (let counted = 0; counted < n;) {
    day = nextCalendarDay(day);
    if (isWorkingDay(day, holidays)) counted++;
  }
  return day;
}

/** The deadline of `n` working days from `from`: the end, Bangkok time, of the n-th working day after the day of receipt. */
export function addWorkingDays(from: Date, n: number, holidays: HolidaySet): Date {
  return endOfThaiDay(nthWorkingDayAfter(from, n, holidays));
}

/**
 * Working days counted from `from` (by the rule above) up to and including the Bangkok day of `to`:
 * the working days after the day of receipt, to `to`'s day. The inverse of `addWorkingDays`:
 * `workingDaysBetween(from, addWorkingDays(from, n)) === n`. 0 when `to` is on or before the day of receipt.
 */
export function workingDaysBetween(from: Date, to: Date, holidays: HolidaySet): number {
  const last = thaiDay(to);
  let day = dayOfReceipt(from, holidays);
  let counted = 0;
  while (day < last) {
    day = nextCalendarDay(day);
    if (isWorkingDay(day, holidays)) counted++;
  }
  return counted;
}
