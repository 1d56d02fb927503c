import { thaiMonth } from '../../shared/thaiTime.ts';

/**
 * Reporting cycles. Periods are calendar months in Thailand's time (UTC+7),
 * written `YYYY-MM` in the Gregorian calendar for storage and sorting; screens
 * show them in the Buddhist era.
 *
 * A unit is **stale** when a whole cycle has passed since its last report
 * (or, before its first report, since the work was assigned to it): whatever
 * its last rating said, nobody has looked for a cycle.
 */
const periodPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(value: string): boolean {
  return periodPattern.test(value);
}

/** The month (in Thai time) an instant falls in. */
export function periodOf(instant: Date): string {
  return thaiMonth(instant);
}

/** The same day and time `months` calendar months later (clamped to the month's last day). */
export function addMonths(instant: Date, months: number): Date {
  const result = new Date(instant.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

export function isStale(input: { lastReportAt: Date | null; assignedAt: Date; cycleMonths: number; now: Date }): boolean {
  const since = input.lastReportAt ?? input.assignedAt;
  return addMonths(since, input.cycleMonths).getTime() < input.now.getTime();
}
