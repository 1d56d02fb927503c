/**
 * Month arithmetic on `YYYY-MM` (Gregorian, Bangkok months), the period the complaint aggregates
 * are kept by. Whole months only, so no day-of-month or time zone can shift a result.
 */
export function shiftMonth(month: string, by: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + by;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first day of a month, as the aggregates' `date` column holds it. */
export const monthStart = (month: string): string => `${month}-01`;

/** The months from `from` to `to`, both included, oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = shiftMonth(month, 1)) months.push(month);
  return months;
}
